// SPDX-License-Identifier: MIT
// What scenario.cpp and scenariolines.cpp share: the scenario parser, one
// line at a time. Not part of the core's interface (scenario.h is).
#pragma once

#include "scenario.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace heapboard::scenarioparse {

// As recorded places a recording's blocks at the addresses it returned
// (docs/hrec.md); a scenario's statements have none.
inline constexpr const char *kNoRecordedAddresses
    = "as-recorded needs a recording's addresses, which a scenario does not have (open the .hrec)";

struct Token {
    std::string_view text;
    int column = 0; // 1-based
};

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Splits a line into words; a `#` at the start or after a blank starts a
// comment.
inline void tokenize(std::string_view line, std::vector<Token> &out)
{
    out.clear();
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        if (i >= line.size() || line[i] == '#')
            break;
        const std::size_t start = i;
        while (i < line.size() && !isBlank(line[i]))
            ++i;
        out.push_back({ line.substr(start, i - start), int(start) + 1 });
    }
}

inline constexpr std::array<std::string_view, 16> kKeywords
    = { "title", "heap",  "layout", "policy", "malloc", "free",  "realloc",  "expect",
        "at",    "error", "base",   "header", "align",  "order", "coalesce", "min-block" };

inline bool isIdentifier(std::string_view s)
{
    if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_'))
        return false;
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

inline bool isKeyword(std::string_view s)
{
    return std::find(kKeywords.begin(), kKeywords.end(), s) != kKeywords.end();
}

inline std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (isBlank(s.front()) || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (isBlank(s.back()) || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// Looks names up without making a string of each.
struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const { return std::hash<std::string_view> {}(name); }
};

class Parser
{
public:
    Parser(Scenario &out, ParseError &error)
        : m_out(out)
        , m_error(error)
    { }

    bool line(std::string_view raw, int number);
    bool finish(int lastLine);
    bool setting(const std::vector<Token> &t);

private:
    bool fail(int column, std::string message)
    {
        m_error = { m_line, column, std::move(message) };
        return false;
    }
    bool expectCount(std::span<const Token> t, std::size_t n, const char *usage)
    {
        if (t.size() < n)
            return fail(int(m_text.size()) + 1, std::string("incomplete statement: expected ") + usage);
        if (t.size() > n)
            return fail(t[n].column, "unexpected '" + std::string(t[n].text) + "' after " + usage);
        return true;
    }
    bool size(const Token &t, Size &out)
    {
        if (!parseSize(t.text, out))
            return fail(t.column,
                        "'" + std::string(t.text)
                            + "' is not a size (digits with an optional K, M or G, "
                              "at most 2^62)");
        return true;
    }
    bool handle(const Token &t, int &out)
    {
        out = indexOf(t.text);
        if (out >= 0)
            return true;
        if (isIdentifier(t.text) && !isKeyword(t.text))
            return fail(t.column, "unknown handle '" + std::string(t.text) + "': no earlier line assigns it");
        return fail(t.column, "expected a handle or an address, found '" + std::string(t.text) + "'");
    }
    // A handle or a numeric address.
    bool operand(const Token &t, ScenarioStep &step)
    {
        if (t.text.empty() || !std::isdigit(static_cast<unsigned char>(t.text[0])))
            return handle(t, step.operand);
        Addr address = 0;
        if (!size(t, address))
            return false;
        step.setAddress(address);
        return true;
    }
    // A hash lookup: a converted trace has a handle for each of its ids.
    int indexOf(std::string_view name) const
    {
        const auto it = m_handleIndex.find(name);
        return it == m_handleIndex.end() ? -1 : it->second;
    }
    bool operation(const std::vector<Token> &t, std::size_t at, int result);
    bool expect(const std::vector<Token> &t);
    bool layout(const std::vector<Token> &t);
    bool compare(const std::vector<Token> &t);
    bool addStep(ScenarioStep step);
    // Questions and groups (`? TEXT`, `group TITLE` ... `end`).
    bool question(std::string_view raw, std::string_view text);
    bool groupStart(const std::vector<Token> &t, std::string_view raw);
    bool groupEnd(const std::vector<Token> &t);
    bool isGroupLine(const std::vector<Token> &t) const;
    void markQuestionAndGroup(ScenarioStep &step);
    bool finishQuestionAndGroup();

    Scenario &m_out;
    ParseError &m_error;
    int m_line = 0;
    std::string_view m_text;
    bool m_haveHeap = false;
    bool m_havePolicy = false;
    bool m_haveLayout = false;
    bool m_haveCompare = false;
    std::string m_settingsSeen; // " header  align " ...
    int m_settingsLine = 0;
    std::string m_narration;
    int m_narrationLine = 0;
    std::string m_question; // for the next step
    int m_questionLine = 0;
    int m_questionColumn = 0;
    bool m_groupOpen = false;
    int m_groupLine = 0;
    int m_groupColumn = 0;
    std::string m_groupTitle;
    std::size_t m_groupFirst = 0; // index of the open group's first step
    std::unordered_map<std::string, int, NameHash, std::equal_to<>> m_handleIndex;
    std::vector<Token> m_tokens; // the line's, reused from line to line
};

} // namespace heapboard::scenarioparse
