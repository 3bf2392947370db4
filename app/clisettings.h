// SPDX-License-Identifier: MIT
#pragma once

#include "heapsettings.h"

#include <QCommandLineParser>
#include <QString>
#include <utility>
#include <vector>

namespace heapboard {

// The allocator settings as options of replay and render (docs/settings.md):
// --base ADDR, --header N, --align N, --min-block N, --order NAME,
// --coalesce NAME. They override what a scenario sets; a trace starts from
// the defaults.
class SettingsOptions
{
public:
    static void add(QCommandLineParser &parser);
    // Empty, or what is wrong with a value.
    QString read(const QCommandLineParser &parser);
    // The settings with the options applied; empty problem or what is wrong
    // with the result on a heap of heapSize bytes.
    HeapSettings applyTo(HeapSettings settings) const;
    bool empty() const { return m_values.empty(); }

private:
    std::vector<std::pair<std::string, std::string>> m_values; // statement, value
};

} // namespace heapboard
