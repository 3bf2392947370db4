// SPDX-License-Identifier: MIT
#pragma once
// heapboard-cli (HEAPBOARD_CLI, its path from tests/CMakeLists.txt) run the
// way a user runs it on a machine without a display, for the tests of its
// commands.

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

namespace heapboard::test {

struct CliRun {
    int exitCode = -1; // -1: it crashed or did not finish within a minute
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

// Without DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: every command must
// manage on its own. workDir empty: the current directory.
inline CliRun runCli(const QStringList &arguments, const QString &workDir = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(HEAPBOARD_CLI), arguments);
    CliRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.ms = timer.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace heapboard::test
