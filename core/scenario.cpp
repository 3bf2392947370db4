// SPDX-License-Identifier: MIT
#include "scenario.h"

#include "scenariosettings.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <unordered_map>
#include <utility>

namespace heapboard {

namespace {

    // As recorded places a recording's blocks at the addresses it returned
    // (docs/hrec.md); a scenario's statements have none.
    constexpr const char *kNoRecordedAddresses
        = "as-recorded needs a recording's addresses, which a scenario does not have (open the .hrec)";

    struct Token {
        std::string_view text;
        int column = 0; // 1-based
    };

    bool isBlank(char c)
    {
        return c == ' ' || c == '\t';
    }

    // Splits a line into words; a `#` at the start or after a blank starts a
    // comment.
    void tokenize(std::string_view line, std::vector<Token> &out)
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

    constexpr std::array<std::string_view, 16> kKeywords
        = { "title", "heap",  "layout", "policy", "malloc", "free",  "realloc",  "expect",
            "at",    "error", "base",   "header", "align",  "order", "coalesce", "min-block" };

    bool isIdentifier(std::string_view s)
    {
        if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_'))
            return false;
        return std::all_of(s.begin(), s.end(),
                           [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
    }

    bool isKeyword(std::string_view s)
    {
        return std::find(kKeywords.begin(), kKeywords.end(), s) != kKeywords.end();
    }

    std::string_view trimmed(std::string_view s)
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
                return fail(t.column,
                            "unknown handle '" + std::string(t.text) + "': no earlier line assigns it");
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

} // namespace

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
