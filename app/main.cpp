// SPDX-License-Identifier: MIT
// heapboard: the explorer window.
#include "comparewindow.h"
#include "mainwindow.h"
#include "ostepworkload.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Heapboard"));
    QApplication::setOrganizationName(QStringLiteral("Heapboard"));
    QApplication::setApplicationVersion(QStringLiteral(HEAPBOARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("heapboard"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/heapboard.svg")));
    // The system's language, before anything shows text (--help too).
    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A visual heap explorer: malloc, free, split and merge."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A scenario (.heap) or a malloclab trace (.rep) to open."),
        QStringLiteral("[file]"));
    const QCommandLineOption ostep(
        QStringLiteral("ostep"),
        QCoreApplication::translate(
            "main",
            "Open the workload of OSTEP's malloc.py run with these options (\"-s 3 -n 10 "
            "-H 4\"); without -c in quiz mode."),
        QStringLiteral("options"));
    parser.addOption(ostep);
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QCoreApplication::translate("main",
                                    "Open the compare view: the scenario or trace in FILE under all four "
                                    "policies, side by side; a recording (.hrec) as recorded and under "
                                    "first fit."),
        QStringLiteral("FILE"));
    parser.addOption(compare);
    parser.process(app);

    if (parser.isSet(compare)) {
        // The compare view alone: nothing to recover, no document to open.
        QString problem;
        std::unique_ptr<CompareWindow> window(CompareWindow::openFile(parser.value(compare), problem));
        if (!window) {
            std::fprintf(stderr, "heapboard: %s\n", qPrintable(problem));
            return 2;
        }
        window->show();
        return QApplication::exec();
    }

    // Bad input stops before a window opens, with malloc.py's message.
    OstepWorkload workload;
    QString error;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(ostep) && !files.isEmpty())
        error = QCoreApplication::translate("main", "give a file or --ostep, not both");
    else if (parser.isSet(ostep) && !OstepWorkload::fromCommandLine(parser.value(ostep), workload, &error))
        error = QStringLiteral("--ostep: ") + error;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "heapboard: %s\n", qPrintable(error));
        return 2;
    }

    MainWindow window;
    window.show();
    // The steps a crash or kill left unsaved come first, over the shown
    // window; a file named on the command line opens only when none was
    // restored (it would ask to throw them away again at once).
    const bool restored = window.offerRecovery();
    if (parser.isSet(ostep) && !restored)
        window.openOstepWorkload(workload);
    else if (!files.isEmpty() && !restored)
        window.openFile(QFileInfo(files.front()).absoluteFilePath(), false);
    return QApplication::exec();
}
