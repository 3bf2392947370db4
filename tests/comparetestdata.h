// SPDX-License-Identifier: MIT
#pragma once
// A workload on which the policies part ways, and what separate runs of it
// report, for the compare view's tests.

#include "comparison.h"
#include "scenario.h"
#include "testscenario.h"
#include "timeline.h"

#include <QString>
#include <memory>
#include <vector>

namespace heapboard::test {

// Two holes (64 and 32 bytes) before the free end: first fit, best fit and
// worst fit put the next blocks in different places, and some of the
// larger requests then fail under one policy and not another.
inline QString divergingScenario(const char *policy = "first-fit")
{
    return QStringLiteral("title Diverge\n"
                          "heap 256\n"
                          "policy %1\n"
                          "a = malloc 64\n"
                          "b = malloc 16\n"
                          "c = malloc 32\n"
                          "d = malloc 16\n"
                          "free a\n"
                          "free c\n"
                          "e = malloc 30\n"
                          "f = malloc 60\n"
                          "g = malloc 100\n"
                          "free b\n"
                          "h = malloc 40\n"
                          "i = malloc 90\n")
        .arg(QLatin1String(policy));
}

// The scenario run on its own under the policy, as `replay` would: the
// independent result the compare view's panes are checked against.
inline std::unique_ptr<Timeline> separateRun(Policy policy)
{
    const QByteArray text = divergingScenario(policyName(policy).data()).toUtf8();
    auto timeline = std::make_unique<Timeline>();
    Timeline::fromScenario(parsed(std::string_view(text.constData(), std::size_t(text.size()))), *timeline);
    return timeline;
}

} // namespace heapboard::test
