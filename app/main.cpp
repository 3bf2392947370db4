// SPDX-License-Identifier: MIT
// heapboard: the explorer window.
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

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
    parser.process(app);

    MainWindow window;
    window.show();
    // The steps a crash or kill left unsaved come first, over the shown
    // window; a file named on the command line opens only when none was
    // restored (it would ask to throw them away again at once).
    const bool restored = window.offerRecovery();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && !restored)
        window.openFile(QFileInfo(files.front()).absoluteFilePath(), false);
    return QApplication::exec();
}
