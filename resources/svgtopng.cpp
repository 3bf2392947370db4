// SPDX-License-Identifier: MIT
// heapboard-svgtopng SVG DIR SIZE...: renders the application icon to
// DIR/SIZExSIZE/apps/NAME.png for the hicolor theme at build time, with the
// same QtSvg renderer the application uses, so no other tool is needed.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "heapboard-svgtopng: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4)
        return fail(QStringLiteral("usage: heapboard-svgtopng SVG DIR SIZE..."));
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid())
        return fail(QStringLiteral("%1: not a valid SVG file").arg(arguments.at(1)));
    const QString name = QFileInfo(arguments.at(1)).completeBaseName();
    for (const QString &text : arguments.mid(3)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return fail(QStringLiteral("'%1' is not a size from 1 to 1024").arg(text));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        const QString path = QStringLiteral("%1/%2.png").arg(dir, name);
        if (!QDir().mkpath(dir) || !image.save(path, "PNG"))
            return fail(QStringLiteral("%1: cannot write").arg(path));
    }
    return 0;
}
