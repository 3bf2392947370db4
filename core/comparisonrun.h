// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "documentreader.h"
#include "timeline.h"

#include <string>
#include <vector>

namespace heapboard {

// One pane of a comparison, run: its timeline and what it came to.
struct ComparedPane {
    PaneConfig config;
    Timeline timeline;
    PaneSummary summary;
};

// Empty, or why a pane cannot place blocks as recorded: the document is no
// recording (as-recorded needs a trace with recorded addresses).
std::string asRecordedProblem(const ParsedDocument &document, Policy policy);

// The settings a document starts from: a scenario's own, the defaults for
// a trace. A pane's settings are these with its own changes applied.
HeapSettings documentSettings(const ParsedDocument &document);

// The document under one pane's policy and settings, as the window opens
// it: a scenario on its heap size (or heapSize when not 0), from its first
// step; a trace by Timeline::fromTrace, whose heap size 0 is the suggested
// size for that policy and settings. False with a sentence in error when
// the settings do not fit the heap (settingsProblem()).
bool paneTimeline(const ParsedDocument &document, Size heapSize, const PaneConfig &pane, Timeline &out,
                  std::string &error);

// Every pane's timeline and summary, each pane on a thread of its own
// (docs/compare.md). False with error naming the first pane that cannot
// run; out is then empty.
bool runComparison(const ParsedDocument &document, Size heapSize, const std::vector<PaneConfig> &panes,
                   std::vector<ComparedPane> &out, std::string &error);

// The summaries alone, as runComparison() would give them, without
// keeping histories: a trace runs on a heap of each pane's own that is
// summarized as it runs (PaneSummarizer), each pane on a thread of its
// own; a scenario runs as runComparison() runs it. For heapboard-cli
// compare, which needs nothing else (docs/compare.md).
bool summarizeComparison(const ParsedDocument &document, Size heapSize, const std::vector<PaneConfig> &panes,
                         std::vector<PaneSummary> &out, std::string &error);

} // namespace heapboard
