// SPDX-License-Identifier: MIT
#pragma once

#include "heapsettings.h"

#include <string>
#include <string_view>

namespace heapboard {

// A scenario's allocator settings (scenario.h, docs/scenarios.md): one
// statement each, `base ADDR`, `header SIZE`, `align SIZE`,
// `min-block SIZE`, `order NAME`, `coalesce NAME`, `grow SIZE`,
// `max-heap SIZE`.
bool isSettingStatement(std::string_view head);
// Whether the statement's value is a size (parsed by the caller) or a name.
bool settingTakesSize(std::string_view head);
// Sets the statement's value; empty on success, else what is wrong with it.
std::string applySetting(std::string_view head, std::string_view name, Size number, HeapSettings &settings);
// The statements for the settings that differ from the defaults, one a line.
std::string formatSettings(const HeapSettings &settings);

} // namespace heapboard
