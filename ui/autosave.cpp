// SPDX-License-Identifier: MIT
#include "autosave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <atomic>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace {

const QByteArray kMagic = QByteArrayLiteral("# heapboard-autosave ");

QString instanceId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return id;
}

// The start time of a process in clock ticks since boot (Linux), or empty.
QString processStarted(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // "pid (comm) state ppid ...": comm may hold blanks and parentheses.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int kStartTime = 22 - 3; // field 22, counted from field 3
    return fields.size() > kStartTime ? QString::fromLatin1(fields[kStartTime]) : QString();
}

bool isRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0 || pid != qint64(pid_t(pid)))
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true; // cannot tell: never take another process's file
#endif
}

} // namespace

Autosave::Autosave()
    : m_directory(defaultDirectory())
{
    static std::atomic<int> counter = 0;
    m_fileName = QStringLiteral("%1-%2-%3.heap")
                     .arg(QCoreApplication::applicationPid())
                     .arg(instanceId().left(8))
                     .arg(++counter);
}

QString Autosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

void Autosave::setDirectory(const QString &directory)
{
    m_directory = directory;
}

QString Autosave::filePath() const
{
    return QDir(m_directory).filePath(m_fileName);
}

bool Autosave::write(Header header, const std::string &scenario, QString *error) const
{
    const Header own = ownHeader();
    header.pid = own.pid;
    header.instance = own.instance;
    header.started = own.started;
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("Autosave", "cannot make the folder");
        return false;
    }
    return writeFile(filePath(), header, scenario, error);
}

bool Autosave::writeFile(const QString &file, const Header &header, const std::string &scenario,
                         QString *error)
{
    const QJsonObject json { { QStringLiteral("pid"), header.pid },
                             { QStringLiteral("instance"), header.instance },
                             { QStringLiteral("started"), header.started },
                             { QStringLiteral("path"), header.path },
                             { QStringLiteral("name"), header.name },
                             { QStringLiteral("position"), qint64(header.position) },
                             { QStringLiteral("steps"), qint64(header.steps) } };
    // One line: JSON escapes any line break in a path or name.
    const QByteArray first = kMagic + QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(first) != first.size()
        || out.write(scenario.data(), qint64(scenario.size())) != qint64(scenario.size()) || !out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

void Autosave::remove() const
{
    QFile::remove(filePath());
}

bool Autosave::readHeader(const QString &file, Header &out)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = in.readLine(64 * 1024).trimmed();
    if (!line.startsWith(kMagic))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(line.mid(kMagic.size()));
    if (!doc.isObject())
        return false;
    const QJsonObject json = doc.object();
    out.pid = json.value(QStringLiteral("pid")).toInteger();
    out.instance = json.value(QStringLiteral("instance")).toString();
    out.started = json.value(QStringLiteral("started")).toString();
    out.path = json.value(QStringLiteral("path")).toString();
    out.name = json.value(QStringLiteral("name")).toString();
    out.position = std::size_t(std::max<qint64>(0, json.value(QStringLiteral("position")).toInteger()));
    out.steps = std::size_t(std::max<qint64>(0, json.value(QStringLiteral("steps")).toInteger()));
    return out.pid > 0;
}

Autosave::Header Autosave::ownHeader()
{
    Header header;
    header.pid = QCoreApplication::applicationPid();
    header.instance = instanceId();
    header.started = processStarted(header.pid);
    return header;
}

bool Autosave::isOrphan(const Header &header)
{
    if (header.pid == QCoreApplication::applicationPid())
        return header.instance != instanceId();
    if (!isRunning(header.pid))
        return true;
    // The pid runs a process; is it the one that wrote the file?
    const QString started = processStarted(header.pid);
    return !started.isEmpty() && !header.started.isEmpty() && started != header.started;
}

QList<Autosave::Leftover> Autosave::leftovers() const
{
    QList<Leftover> found;
    const QFileInfoList files
        = QDir(m_directory)
              .entryInfoList({ QStringLiteral("*.heap") }, QDir::Files, QDir::Time); // newest first
    for (const QFileInfo &info : files) {
        Leftover leftover { info.absoluteFilePath(), {}, info.lastModified() };
        if (readHeader(leftover.file, leftover.header) && isOrphan(leftover.header))
            found << leftover;
    }
    return found;
}
