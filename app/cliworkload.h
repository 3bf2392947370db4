// SPDX-License-Identifier: MIT
#pragma once

#include "clicommon.h"
#include "clisettings.h"
#include "comparison.h"
#include "documentreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace heapboard {

// What compare and stats share (docs/compare.md): one FILE, a trace or a
// scenario read as the window reads it, --heap-size and the settings
// options, and the command line's way of failing (exit 2, a message that
// names the command and what is wrong).
struct CliWorkload {
    QString command; // "compare", "stats"
    QString file;
    ParsedDocument document;
    Size heapSize = 0; // 0: a scenario's own, a trace's suggested size
    SettingsOptions settings;

    static void addOptions(QCommandLineParser &parser);
    // Parses arguments: an exit status when that is all there is to do (2
    // after a message, 0 after --help), nothing when the command runs.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
    // Reads the file, after the command's own options were found good: 2
    // after a message naming the file, or nothing.
    std::optional<int> load();
    // The panes' settings: the document's own with the options applied.
    PaneConfig pane(Policy policy) const;
    // Prints "heapboard-cli COMMAND: message" and returns 2.
    int fail(const QString &message) const;
};

// Prints text to stdout; 0, or 2 with a message when it cannot be written.
int writeOutput(const std::string &text);

} // namespace heapboard
