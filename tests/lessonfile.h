// SPDX-License-Identifier: MIT
#pragma once
// A bundled lesson (resources/lessons), loaded into a model for a test.

#include "heapmodel.h"
#include "scenario.h"
#include "testfiles.h"

#include <QString>

namespace heapboard::test {

// Needs HEAPBOARD_LESSONS (the lessons' folder) defined for the test.
inline bool loadLesson(HeapModel &model, const QString &name)
{
    const std::optional<QByteArray> text = readFile(QStringLiteral(HEAPBOARD_LESSONS "/") + name);
    Scenario scenario;
    ParseError error;
    return text
        && parseScenario(std::string_view(text->constData(), std::size_t(text->size())), scenario, error)
        && model.loadScenario(scenario);
}

} // namespace heapboard::test
