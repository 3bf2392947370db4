// SPDX-License-Identifier: MIT
// For the Document tests: one open document as a window has it, a
// scenario to open, and reading a scenario file back.
#pragma once

#include "document.h"
#include "heapmodel.h"
#include "recentfiles.h"
#include "scenario.h"
#include "testscenario.h"
#include "timelineeditor.h"

#include <QFile>
#include <QString>

inline const QByteArray kScenario = heapboard::test::kReuseScenario;

inline bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// Empty when the file parses into out; otherwise what is wrong.
inline QString readScenario(const QString &path, heapboard::Scenario &out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return path + QStringLiteral(": cannot open");
    const QByteArray text = f.readAll();
    heapboard::ParseError error;
    if (!heapboard::parseScenario(std::string_view(text.constData(), std::size_t(text.size())), out, error))
        return QStringLiteral("%1:%2: %3")
            .arg(path)
            .arg(error.line)
            .arg(QString::fromStdString(error.message));
    return {};
}

inline QString formatted(const heapboard::Scenario &scenario)
{
    return QString::fromStdString(heapboard::formatScenario(scenario));
}

// One open document as a window has it.
struct Session {
    HeapModel model;
    TimelineEditor editor { &model };
    RecentFiles recent;
    Document document { &model, &editor, &recent };

    // The whole timeline as a scenario.
    QString text() const { return formatted(model.scenario()); }
};
