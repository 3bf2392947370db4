// SPDX-License-Identifier: MIT
#include "scenariosettings.h"

#include <array>

namespace heapboard {

namespace {

    constexpr std::array<std::string_view, 6> kSized { "base",      "header", "align",
                                                       "min-block", "grow",   "max-heap" };

} // namespace

bool isSettingStatement(std::string_view head)
{
    return settingTakesSize(head) || head == "order" || head == "coalesce";
}

bool settingTakesSize(std::string_view head)
{
    for (std::string_view s : kSized) {
        if (s == head)
            return true;
    }
    return false;
}

std::string applySetting(std::string_view head, std::string_view name, Size number, HeapSettings &s)
{
    if (head == "base")
        s.base = number;
    else if (head == "header")
        s.header = number;
    else if (head == "align")
        s.alignment = number;
    else if (head == "min-block")
        s.minBlock = number;
    else if (head == "grow")
        s.growStep = number;
    else if (head == "max-heap")
        s.growMax = number;
    else if (head == "order" && !parseListOrder(name, s.order))
        return "unknown list order '" + std::string(name)
            + "' (address, size-ascending, size-descending, insert-front, insert-back)";
    else if (head == "coalesce" && !parseCoalescing(name, s.coalescing))
        return "unknown coalescing '" + std::string(name) + "' (neighbours, none, list-pass, deferred)";
    return {};
}

std::string formatSettings(const HeapSettings &s)
{
    const HeapSettings d;
    std::string out;
    if (s.base != d.base)
        out += "base " + std::to_string(s.base) + "\n";
    if (s.header != d.header)
        out += "header " + std::to_string(s.header) + "\n";
    if (s.alignment != d.alignment)
        out += "align " + std::to_string(s.alignment) + "\n";
    if (s.minBlock != d.minBlock)
        out += "min-block " + std::to_string(s.minBlock) + "\n";
    if (s.growStep != d.growStep)
        out += "grow " + std::to_string(s.growStep) + "\n";
    if (s.growMax != d.growMax)
        out += "max-heap " + std::to_string(s.growMax) + "\n";
    if (s.order != d.order)
        out += "order " + std::string(listOrderName(s.order)) + "\n";
    if (s.coalescing != d.coalescing)
        out += "coalesce " + std::string(coalescingName(s.coalescing)) + "\n";
    return out;
}

} // namespace heapboard
