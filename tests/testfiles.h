// SPDX-License-Identifier: MIT
#pragma once
// Whole files for the tests, read or written in one call.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <optional>

namespace heapboard::test {

// The file's bytes; nothing when it cannot be opened.
inline std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// Replaces the file's content with bytes; false when that fails.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    const bool written
        = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    file.close();
    return written && file.error() == QFileDevice::NoError;
}

} // namespace heapboard::test
