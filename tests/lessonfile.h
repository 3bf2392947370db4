// SPDX-License-Identifier: MIT
#pragma once
// A bundled lesson (resources/lessons) or a scenario of tests/data, loaded
// into a model for a test.

#include "heapmodel.h"
#include "scenario.h"
#include "testfiles.h"

#include <QString>

namespace heapboard::test {

inline bool loadScenarioFile(HeapModel &model, const QString &path)
{
    const std::optional<QByteArray> text = readFile(path);
    Scenario scenario;
    ParseError error;
    return text
        && parseScenario(std::string_view(text->constData(), std::size_t(text->size())), scenario, error)
        && model.loadScenario(scenario);
}

// Needs HEAPBOARD_LESSONS (the lessons' folder) defined for the test.
inline bool loadLesson(HeapModel &model, const QString &name)
{
    return loadScenarioFile(model, QStringLiteral(HEAPBOARD_LESSONS "/") + name);
}

// A scenario in tests/data (the test's HEAPBOARD_TEST_DATA).
inline bool loadTestScenario(HeapModel &model, const QString &name)
{
    return loadScenarioFile(model, qEnvironmentVariable("HEAPBOARD_TEST_DATA") + QStringLiteral("/") + name);
}

} // namespace heapboard::test
