// SPDX-License-Identifier: MIT
#pragma once
// Scenarios written out in a test.

#include "scenario.h"

#include <QDir>
#include <QStringList>
#include <QTest>
#include <QtGlobal>
#include <string_view>

namespace heapboard::test {

// A short lesson: a hole made by a free and reused by a smaller malloc.
inline constexpr char kReuseScenario[] = "title Reuse\n"
                                         "heap 256\n"
                                         "policy first-fit\n"
                                         "> First a block.\n"
                                         "a = malloc 32\n"
                                         "> Then a bigger one.\n"
                                         "b = malloc 64\n"
                                         "free a\n"
                                         "> The hole is reused.\n"
                                         "c = malloc 16\n";

// The scenario in text, which the test expects to be good: a parse error
// is printed with the text, and the scenario is then empty or partial.
inline Scenario parsed(std::string_view text)
{
    Scenario s;
    ParseError e;
    if (!parseScenario(text, s, e))
        qWarning("%d:%d: %s\n%.*s", e.line, e.column, e.message.c_str(), int(text.size()), text.data());
    return s;
}

// A data-driven test of text that must not parse: its columns text, line,
// column and message (a part of the message), checked against the error.
inline void verifyMalformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    Scenario s;
    ParseError e;
    QVERIFY(!parseScenario(std::string_view(text.constData(), std::size_t(text.size())), s, e));
    QVERIFY2(QString::fromStdString(e.message).contains(message), e.message.c_str());
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
}

#ifdef HEAPBOARD_LESSONS
// The bundled lessons' paths, in name order.
inline QStringList lessonFiles()
{
    const QDir dir(QStringLiteral(HEAPBOARD_LESSONS));
    QStringList files;
    for (const QString &name : dir.entryList({ QStringLiteral("*.heap") }, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}
#endif

} // namespace heapboard::test
