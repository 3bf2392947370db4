// SPDX-License-Identifier: MIT
// A heapboard window killed mid-session, for tst_document: it opens the
// scenario named on its command line, edits it, waits for the autosave,
// prints what it had as one JSON line, then SIGKILLs itself: no destructor
// and no clean close run, as after a crash or `kill -9`.
#include "document.h"
#include "heapmodel.h"
#include "mainwindow.h"
#include "scenario.h"
#include "timelineeditor.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // As app/main.cpp names it: the same data location.
    QApplication::setApplicationName(QStringLiteral("Heapboard"));
    QApplication::setOrganizationName(QStringLiteral("Heapboard"));
    if (argc != 2)
        return 2;
    MainWindow window;
    window.show();
    Document *document = window.document();
    document->setAutosaveDelay(10); // the delay itself is tst_document's
    if (!window.openFile(QString::fromLocal8Bit(argv[1]), false))
        return 3;
    window.jumpTo(int(window.model()->stepCount()));
    window.setRequestSize(24);
    window.allocate();
    window.editor()->setText(1, QStringLiteral("Narrated before the kill."));
    window.allocate();
    window.jumpTo(2);

    QObject::connect(document, &Document::autosaved, &app, [&](const QString &file) {
        const QJsonObject json {
            { QStringLiteral("file"), file },
            { QStringLiteral("path"), document->path() },
            { QStringLiteral("name"), document->displayName() },
            { QStringLiteral("position"), qint64(window.model()->position()) },
            { QStringLiteral("scenario"),
              QString::fromStdString(heapboard::formatScenario(window.model()->scenario())) },
        };
        std::fputs(QJsonDocument(json).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
        std::fflush(stdout);
        std::raise(SIGKILL);
    });
    QTimer::singleShot(30000, &app, [] { std::exit(4); }); // no autosave: fail rather than hang
    return QApplication::exec();
}
