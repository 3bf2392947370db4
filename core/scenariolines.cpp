// SPDX-License-Identifier: MIT
// The scenario parser's lines that are not steps or settings: layout,
// compare, expect, questions and groups (scenarioparser.h).
#include "scenarioparser.h"

#include <utility>

namespace heapboard::scenarioparse {

bool Parser::layout(const std::vector<Token> &t)
{
    // A property of the whole scenario, like the heap size: once, at the top.
    if (m_haveLayout)
        return fail(t[0].column, "a second layout line: the layout is set once");
    if (!m_out.steps.empty())
        return fail(t[0].column, "layout must come before the first operation");
    if (!expectCount(t, 2, "layout rows|strip"))
        return false;
    if (t[1].text == "rows")
        m_out.layout = ScenarioLayout::Rows;
    else if (t[1].text == "strip")
        m_out.layout = ScenarioLayout::Strip;
    else
        return fail(t[1].column, "unknown layout '" + std::string(t[1].text) + "' (rows, strip)");
    m_haveLayout = true;
    return true;
}

bool Parser::compare(const std::vector<Token> &t)
{
    // Like the layout: how the whole scenario is shown, so once, at the top.
    if (m_haveCompare)
        return fail(t[0].column, "a second compare line: the panes are set once");
    if (!m_out.steps.empty())
        return fail(t[0].column, "compare must come before the first operation");
    const char *usage = "compare NAME NAME [NAME [NAME]]";
    if (t.size() < 3)
        return fail(int(m_text.size()) + 1, std::string("incomplete statement: expected ") + usage);
    if (t.size() > 5)
        return fail(t[5].column, "unexpected '" + std::string(t[5].text) + "' after " + usage);
    for (std::size_t i = 1; i < t.size(); ++i) {
        Policy p;
        if (!parsePolicy(t[i].text, p))
            return fail(t[i].column,
                        "unknown policy '" + std::string(t[i].text)
                            + "' (first-fit, next-fit, best-fit, worst-fit)");
        if (p == Policy::AsRecorded)
            return fail(t[i].column, kNoRecordedAddresses);
        if (std::find(m_out.compare.begin(), m_out.compare.end(), p) != m_out.compare.end())
            return fail(t[i].column, "compare names '" + std::string(t[i].text) + "' twice");
        m_out.compare.push_back(p);
    }
    m_haveCompare = true;
    return true;
}

bool Parser::expect(const std::vector<Token> &t)
{
    ScenarioExpect e;
    e.line = m_line;
    e.text = std::string(trimmed(m_text));
    if (t.size() < 2)
        return fail(int(m_text.size()) + 1, "expect what? (free ..., NAME at ADDR, error CODE)");
    if (t[1].text == "free") {
        e.kind = ScenarioExpect::Kind::FreeList;
        for (std::size_t i = 2; i < t.size(); ++i) {
            const std::string_view s = t[i].text;
            const std::size_t plus = s.find('+');
            Span span;
            if (plus == std::string_view::npos || !parseSize(s.substr(0, plus), span.start)
                || !parseSize(s.substr(plus + 1), span.size) || span.size == 0)
                return fail(t[i].column, "'" + std::string(s) + "' is not a free block START+SIZE");
            // Other orders list the blocks as their free list has them.
            if (!e.spans.empty() && span.start < e.spans.back().end()
                && m_out.settings.order == ListOrder::Address)
                return fail(t[i].column, "free blocks must be listed in address order without overlap");
            e.spans.push_back(span);
        }
    } else if (t[1].text == "error") {
        e.kind = ScenarioExpect::Kind::Error;
        if (!expectCount(t, 3, "expect error CODE"))
            return false;
        bool known = false;
        for (ErrorCode c : { ErrorCode::None, ErrorCode::OutOfMemory, ErrorCode::InvalidPointer,
                             ErrorCode::DoubleFree, ErrorCode::InvalidSize }) {
            if (errorCodeName(c) == t[2].text) {
                e.error = c;
                known = true;
            }
        }
        if (!known)
            return fail(t[2].column,
                        "unknown error code '" + std::string(t[2].text)
                            + "' (none, out-of-memory, invalid-pointer, double-free, invalid-size)");
    } else {
        e.kind = ScenarioExpect::Kind::HandleAt;
        if (!handle(t[1], e.handle))
            return false;
        if (t.size() < 3 || t[2].text != "at")
            return fail(t.size() < 3 ? int(m_text.size()) + 1 : t[2].column,
                        "expected 'at ADDRESS' after the handle");
        if (!expectCount(t, 4, "expect NAME at ADDRESS") || !size(t[3], e.address))
            return false;
    }
    if (m_out.steps.empty())
        m_out.startExpects.push_back(std::move(e));
    else
        m_out.steps.back().addExpect(std::move(e));
    return true;
}

bool Parser::question(std::string_view raw, std::string_view text)
{
    const int column = int(text.data() - raw.data()) + 1;
    const std::string_view asked = trimmed(text.substr(1));
    if (asked.empty())
        return fail(column, "empty question: write it after '?'");
    if (!m_question.empty())
        return fail(column,
                    "a second question for the same step (the first is on line "
                        + std::to_string(m_questionLine) + ")");
    // The player runs a group in one key press: there is no stop inside
    // it to ask at.
    if (m_groupOpen && m_out.steps.size() > m_groupFirst)
        return fail(column, "a question inside a group: ask it before the group's 'group' line");
    m_question = std::string(asked);
    m_questionLine = m_line;
    m_questionColumn = column;
    return true;
}

bool Parser::isGroupLine(const std::vector<Token> &t) const
{
    // `group = malloc 8` names a handle, as `layout = ...` does.
    return (t[0].text == "group" || t[0].text == "end") && !(t.size() >= 2 && t[1].text == "=");
}

bool Parser::groupStart(const std::vector<Token> &t, std::string_view raw)
{
    if (m_groupOpen)
        return fail(t[0].column,
                    "a group inside a group (the one on line " + std::to_string(m_groupLine)
                        + " has no 'end' yet)");
    if (!m_narration.empty())
        return fail(t[0].column, "narration before 'group': put it inside, before the step it tells");
    m_groupOpen = true;
    m_groupLine = m_line;
    m_groupColumn = t[0].column;
    m_groupFirst = m_out.steps.size();
    m_groupTitle.clear();
    if (t.size() >= 2) { // to the end of the last word: a comment is not part of it
        const std::size_t from = std::size_t(t[1].column - 1);
        const std::size_t to = std::size_t(t.back().column - 1) + t.back().text.size();
        m_groupTitle = std::string(raw.substr(from, to - from));
    }
    return true;
}

bool Parser::groupEnd(const std::vector<Token> &t)
{
    if (!m_groupOpen)
        return fail(t[0].column, "'end' with no group open");
    if (!expectCount(t, 1, "end"))
        return false;
    if (m_out.steps.size() == m_groupFirst)
        return fail(t[0].column, "an empty group: a group holds at least one step");
    if (!m_narration.empty())
        return fail(t[0].column, "narration with no step after it before 'end'");
    m_groupOpen = false;
    return true;
}

void Parser::markQuestionAndGroup(ScenarioStep &step)
{
    step.setQuestion(std::exchange(m_question, {}));
    if (!m_groupOpen)
        return;
    if (m_out.steps.size() == m_groupFirst)
        step.startGroup(m_groupTitle);
    else
        step.setJoinsGroup();
}

bool Parser::finishQuestionAndGroup()
{
    if (!m_question.empty()) {
        m_line = m_questionLine;
        return fail(m_questionColumn, "question with no step after it");
    }
    if (m_groupOpen) {
        m_line = m_groupLine;
        return fail(m_groupColumn, "a group with no 'end'");
    }
    return true;
}

} // namespace heapboard::scenarioparse
