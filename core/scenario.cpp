// SPDX-License-Identifier: MIT
#include "scenario.h"

#include "scenarioparser.h"
#include "scenariosettings.h"

#include <utility>

namespace heapboard {

namespace scenarioparse {

    bool Parser::line(std::string_view raw, int number)
    {
        m_line = number;
        m_text = raw;
        const std::string_view text = trimmed(raw);
        if (text.empty() || text.front() == '#')
            return true;
        if (text.front() == '>') {
            const std::string_view said = trimmed(text.substr(1));
            if (said.empty())
                return fail(int(text.data() - raw.data()) + 1,
                            "empty narration: write the sentence after '>'");
            if (!m_narration.empty())
                m_narration += ' ';
            else
                m_narrationLine = number;
            m_narration += said;
            return true;
        }
        if (text.front() == '?')
            return question(raw, text);
        tokenize(raw, m_tokens);
        const std::vector<Token> &t = m_tokens;
        const std::string_view head = t[0].text;
        if (isGroupLine(t))
            return head == "group" ? groupStart(t, raw) : groupEnd(t);
        if (head == "title") {
            if (!m_out.title.empty())
                return fail(t[0].column, "a second title (the first is '" + m_out.title + "')");
            if (t.size() < 2)
                return fail(int(raw.size()) + 1, "title needs a text");
            m_out.title = std::string(trimmed(raw.substr(std::size_t(t[1].column - 1))));
            return true;
        }
        if (head == "heap") {
            if (m_haveHeap)
                return fail(t[0].column, "a second heap line: the heap size is set once");
            if (!m_out.steps.empty())
                return fail(t[0].column, "heap must come before the first operation");
            if (!expectCount(t, 2, "heap SIZE") || !size(t[1], m_out.heapSize))
                return false;
            if (m_out.heapSize == 0)
                return fail(t[1].column, "the heap needs at least 1 byte");
            m_haveHeap = true;
            return true;
        }
        if (head == "layout" && !(t.size() >= 2 && t[1].text == "="))
            return layout(t);
        if (head == "compare" && !(t.size() >= 2 && t[1].text == "="))
            return compare(t);
        if (head == "policy") {
            if (!expectCount(t, 2, "policy NAME"))
                return false;
            Policy p;
            if (!parsePolicy(t[1].text, p))
                return fail(t[1].column,
                            "unknown policy '" + std::string(t[1].text)
                                + "' (first-fit, next-fit, best-fit, worst-fit)");
            if (p == Policy::AsRecorded)
                return fail(t[1].column, kNoRecordedAddresses);
            // Once heap and starting policy are set, a policy line is a step:
            // a session whose first action changes the policy saves that way.
            if (m_out.steps.empty() && m_narration.empty() && m_question.empty() && !m_groupOpen
                && !(m_havePolicy && m_haveHeap)) {
                if (m_havePolicy)
                    return fail(t[0].column, "a second starting policy");
                m_out.policy = p;
                m_havePolicy = true;
                return true;
            }
            ScenarioStep step;
            step.kind = ScenarioStep::Kind::SetPolicy;
            step.policy = p;
            return addStep(std::move(step));
        }
        if (head == "expect")
            return expect(t);
        if (isSettingStatement(head))
            return setting(t);
        if (t.size() >= 2 && t[1].text == "=") {
            if (!isIdentifier(head) || isKeyword(head))
                return fail(t[0].column,
                            "'" + std::string(head)
                                + "' cannot name a handle (letters, digits and _, "
                                  "not a keyword)");
            if (t.size() < 3)
                return fail(int(raw.size()) + 1, "expected malloc or realloc after '='");
            if (t[2].text != "malloc" && t[2].text != "realloc")
                return fail(t[2].column,
                            "only malloc and realloc return a block to assign, not '" + std::string(t[2].text)
                                + "'");
            // A new handle exists from the next line on: `b = realloc b 8`
            // may not be the first line that names b.
            const int known = indexOf(head);
            if (!operation(t, 2, known))
                return false;
            if (known < 0) {
                m_out.handles.emplace_back(head);
                m_out.steps.back().result = int(m_out.handles.size()) - 1;
                m_handleIndex.emplace(m_out.handles.back(), m_out.steps.back().result);
            }
            return true;
        }
        if (head == "malloc" || head == "free" || head == "realloc")
            return operation(t, 0, -1);
        return fail(t[0].column,
                    "unknown statement '" + std::string(head)
                        + "' (title, heap, layout, policy, compare, base, header, align, min-block, order, "
                          "coalesce, grow, max-heap, malloc, free, realloc, expect, group, end, >, ?)");
    }

    bool Parser::operation(const std::vector<Token> &t, std::size_t at, int result)
    {
        const std::span<const Token> rest = std::span(t).subspan(at);
        ScenarioStep step;
        step.result = result;
        if (rest[0].text == "malloc") {
            step.kind = ScenarioStep::Kind::Malloc;
            if (!expectCount(rest, 2, "malloc SIZE") || !size(rest[1], step.size))
                return false;
        } else if (rest[0].text == "free") {
            step.kind = ScenarioStep::Kind::Free;
            if (!expectCount(rest, 2, "free HANDLE|ADDRESS") || !operand(rest[1], step))
                return false;
        } else {
            step.kind = ScenarioStep::Kind::Realloc;
            if (!expectCount(rest, 3, "realloc HANDLE|ADDRESS SIZE") || !operand(rest[1], step)
                || !size(rest[2], step.size))
                return false;
        }
        return addStep(std::move(step));
    }

    bool Parser::addStep(ScenarioStep step)
    {
        if (!m_haveHeap)
            return fail(1, "no heap size yet: write 'heap SIZE' before the first operation");
        step.line = m_line;
        step.setNarration(std::exchange(m_narration, {}));
        markQuestionAndGroup(step);
        m_out.steps.push_back(std::move(step));
        return true;
    }

    bool Parser::finish(int lastLine)
    {
        m_line = lastLine;
        if (!finishQuestionAndGroup())
            return false;
        if (!m_narration.empty()) {
            m_line = m_narrationLine;
            return fail(1, "narration with no step after it");
        }
        if (!m_haveHeap)
            return fail(1, "no 'heap SIZE' line: a scenario needs a heap");
        // A comparison without a policy line runs as its first pane does.
        if (!m_havePolicy && !m_out.compare.empty())
            m_out.policy = m_out.compare.front();
        if (const std::string problem = settingsProblem(m_out.settings, m_out.heapSize); !problem.empty()) {
            m_line = m_settingsLine;
            return fail(1, problem);
        }
        return true;
    }

    bool Parser::setting(const std::vector<Token> &t)
    {
        const std::string head(t[0].text);
        if (!m_out.steps.empty())
            return fail(t[0].column, head + " must come before the first operation");
        if (m_settingsSeen.find(" " + head + " ") != std::string::npos)
            return fail(t[0].column, "a second " + head + " line: each setting is set once");
        const std::string usage = head + (settingTakesSize(head) ? " SIZE" : " NAME");
        if (!expectCount(t, 2, usage.c_str()))
            return false;
        Size number = 0;
        if (settingTakesSize(head) && !size(t[1], number))
            return false;
        if (const std::string problem = applySetting(head, t[1].text, number, m_out.settings);
            !problem.empty())
            return fail(t[1].column, problem);
        m_settingsSeen += " " + head + " ";
        m_settingsLine = m_line;
        return true;
    }

} // namespace scenarioparse

using namespace scenarioparse;

bool parseScenario(std::string_view text, Scenario &out, ParseError &error)
{
    out = Scenario();
    Parser parser(out, error);
    int number = 0;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        std::string_view raw = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        if (!raw.empty() && raw.back() == '\r')
            raw.remove_suffix(1);
        ++number;
        if (raw.find('\0') != std::string_view::npos) {
            error = { number, int(raw.find('\0')) + 1, "a NUL byte: this is not a text file" };
            return false;
        }
        if (!parser.line(raw, number))
            return false;
    }
    return parser.finish(number);
}

bool isHandleName(std::string_view name)
{
    return isIdentifier(name) && !isKeyword(name);
}

bool looksLikeScenario(std::string_view text)
{
    // A scenario's first line is a statement (a word), a comment or a
    // narration; a malloclab trace starts with a number, and a minus sign,
    // binary data or nothing at all are better explained by its header.
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '#' || c == '>' || c == '?';
    }
    return false;
}

} // namespace heapboard
