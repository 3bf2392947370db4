// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <string>

// The crash copy of one open document: a scenario (.heap) in an `autosave`
// folder under the application's data location, one file per window, named
// after the process that writes it. Its first line is a comment recording
// that process and the document's path, name and position; the rest is the
// whole timeline as a scenario, so the file also opens as one.
//
// A window removes its file on a clean close. A file whose process is gone
// is the leftover of a crash or a kill, to be offered for recovery.
class Autosave
{
public:
    struct Header {
        qint64 pid = 0;
        QString instance; // the writing process's own id (see isOrphan())
        QString started; // when that process started, where the system says
        QString path; // the document's file; empty: not saved yet
        QString name; // its display name
        std::size_t position = 0;
        std::size_t steps = 0;
    };
    struct Leftover {
        QString file;
        Header header;
        QDateTime saved;
    };

    // A new file name in defaultDirectory(), unique to this process and
    // object.
    Autosave();

    // AppDataLocation/autosave.
    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    // Also moves where this object writes (an existing file stays).
    void setDirectory(const QString &directory);
    QString filePath() const;

    // Writes this process's header and the scenario text through QSaveFile;
    // false with error set when it could not.
    bool write(Header header, const std::string &scenario, QString *error) const;
    void remove() const;

    // The orphaned autosaves in directory(), newest first.
    QList<Leftover> leftovers() const;

    // Reads a file's header; false when it is not an autosave.
    static bool readHeader(const QString &file, Header &out);
    // Writes a file as write() does, with the header as given.
    static bool writeFile(const QString &file, const Header &header, const std::string &scenario,
                          QString *error);
    // The header this process gives its autosaves (pid, instance, start).
    static Header ownHeader();
    // True when the process that wrote the header is gone: its pid runs no
    // process, or one that started at another time, or it is this pid but
    // not this process (a pid used again after a reboot).
    static bool isOrphan(const Header &header);

private:
    QString m_directory;
    QString m_fileName;
};
