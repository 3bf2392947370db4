// SPDX-License-Identifier: MIT
#include "trace.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

namespace heapboard {

namespace {

    bool isBlank(char c)
    {
        return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
    }

    bool isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }

    // Splits a line into blank-separated tokens, remembering their columns.
    struct Token {
        std::string_view text;
        int column;
    };

    int tokenize(std::string_view line, Token (&tokens)[4])
    {
        int count = 0;
        std::size_t i = 0;
        while (i < line.size()) {
            while (i < line.size() && isBlank(line[i]))
                ++i;
            if (i == line.size())
                break;
            const std::size_t start = i;
            while (i < line.size() && !isBlank(line[i]))
                ++i;
            if (count == 4)
                return 5; // more than any valid line has
            tokens[count++] = { line.substr(start, i - start), int(start) + 1 };
        }
        return count;
    }

    bool allDigits(std::string_view s)
    {
        if (s.empty())
            return false;
        for (char c : s) {
            if (!isDigit(c))
                return false;
        }
        return true;
    }

    bool isId(std::string_view s)
    {
        return allDigits(s.size() > 1 && s.front() == '-' ? s.substr(1) : s);
    }

    std::string quoted(std::string_view s)
    {
        constexpr std::size_t kMax = 40;
        std::string out = "'";
        out += s.substr(0, kMax);
        if (s.size() > kMax)
            out += "...";
        out += "'";
        return out;
    }

    bool fail(ParseError &error, int line, int column, std::string message)
    {
        error = { line, column, std::move(message) };
        return false;
    }

    // Sizes in a trace: a number that is negative or too large is still a
    // well-formed line; the replay reports it as an invalid-size operation.
    bool readTraceSize(const Token &t, TraceOp &op, Trace &trace)
    {
        const bool negative = t.text.size() > 1 && t.text.front() == '-';
        if (!allDigits(negative ? t.text.substr(1) : t.text))
            return false;
        op.sizeValid = !negative && parseSize(t.text, op.size);
        if (!op.sizeValid)
            op.rawSize = trace.addRawSize(t.text);
        return true;
    }

    // Gives each distinct id a dense index, so that replaying needs no lookups
    // by string. Ids are nearly always short numbers: those hash as integers.
    class IdTable
    {
    public:
        explicit IdTable(Trace &trace)
            : m_trace(trace)
        { }
        // Ids that are small numbers index a table directly; its size is
        // bounded by the text's length, never by a number in the file.
        void setDirectLimit(std::size_t limit) { m_directLimit = limit; }

        std::uint32_t indexOf(std::string_view id)
        {
            std::int64_t number = 0;
            const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), number);
            const bool plain = ec == std::errc() && end == id.data() + id.size() && id.size() < 19
                && (id.size() == 1 || (id[0] != '0' && !(id[0] == '-' && id[1] == '0')));
            if (plain && number >= 0 && std::size_t(number) < m_directLimit) {
                if (std::size_t(number) >= m_direct.size())
                    m_direct.resize(std::max(std::size_t(number) + 1, m_direct.size() * 2), kNone);
                std::uint32_t &slot = m_direct[std::size_t(number)];
                if (slot == kNone)
                    slot = m_trace.addId(id);
                return slot;
            }
            if (plain) {
                const auto [it, added] = m_numbers.try_emplace(number, 0);
                if (added)
                    it->second = m_trace.addId(id);
                return it->second;
            }
            const auto [it, added] = m_others.try_emplace(std::string(id), 0);
            if (added)
                it->second = m_trace.addId(id);
            return it->second;
        }

    private:
        static constexpr std::uint32_t kNone = UINT32_MAX;
        Trace &m_trace;
        std::vector<std::uint32_t> m_direct;
        std::size_t m_directLimit = 0;
        std::unordered_map<std::int64_t, std::uint32_t> m_numbers;
        std::unordered_map<std::string, std::uint32_t> m_others;
    };

} // namespace

bool parseSize(std::string_view text, Size &out)
{
    int shift = 0;
    if (!text.empty()) {
        switch (text.back()) {
        case 'K':
        case 'k':
            shift = 10;
            break;
        case 'M':
        case 'm':
            shift = 20;
            break;
        case 'G':
        case 'g':
            shift = 30;
            break;
        default:
            break;
        }
    }
    if (shift)
        text.remove_suffix(1);
    if (!allDigits(text))
        return false;
    Size value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value > (kMaxHeapSize >> shift))
        return false;
    out = value << shift;
    return true;
}

std::string parseErrorMessage(std::string_view fileName, const ParseError &error, bool withColumn)
{
    std::string out(fileName);
    out += ':' + std::to_string(error.line);
    if (withColumn)
        out += ':' + std::to_string(error.column);
    return out + ": " + error.message;
}

bool parseTrace(std::string_view text, Trace &out, ParseError &error)
{
    out = Trace {};
    std::uint64_t *header[] = { &out.suggestedHeapSize, &out.idCount, &out.opCount, &out.weight };
    static const char *headerNames[]
        = { "suggested heap size", "number of ids", "number of operations", "weight" };
    int headerRead = 0;
    int lineNo = 0;
    int lastOpLine = 0;
    std::size_t pos = 0;
    IdTable ids(out);
    // One operation a line at most: bounded by the text, not by the
    // numbers written in it.
    const std::size_t lines = 1 + std::size_t(std::count(text.begin(), text.end(), '\n'));
    out.ops.reserve(lines);
    ids.setDirectLimit(lines);
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = text.size();
        const std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        ++lineNo;
        Token t[4];
        const int n = tokenize(line, t);
        if (n == 0)
            continue;
        if (headerRead < 4) {
            if (n != 1)
                return fail(error, lineNo, t[1].column,
                            std::string("expected only the ") + headerNames[headerRead] + " on this line");
            const auto [end, ec]
                = std::from_chars(t[0].text.data(), t[0].text.data() + t[0].text.size(), *header[headerRead]);
            if (!allDigits(t[0].text) || ec != std::errc() || end != t[0].text.data() + t[0].text.size())
                return fail(error, lineNo, t[0].column,
                            std::string("expected the ") + headerNames[headerRead]
                                + " (a non-negative whole number), found " + quoted(t[0].text));
            ++headerRead;
            continue;
        }
        if (n > 3)
            return fail(error, lineNo, t[3].column,
                        "unexpected " + quoted(t[3].text) + " after the operation");
        TraceOp op;
        op.line = lineNo;
        if (t[0].text == "a" || t[0].text == "r") {
            op.kind = t[0].text == "a" ? TraceOp::Kind::Malloc : TraceOp::Kind::Realloc;
            if (n != 3)
                return fail(error, lineNo, 0,
                            std::string("'") + std::string(t[0].text) + " ID SIZE' needs an id and a size");
            if (!readTraceSize(t[2], op, out))
                return fail(error, lineNo, t[2].column,
                            "expected a size in bytes, found " + quoted(t[2].text));
        } else if (t[0].text == "f") {
            op.kind = TraceOp::Kind::Free;
            if (n != 2)
                return fail(error, lineNo, n < 2 ? 0 : t[2].column,
                            n < 2 ? "'f ID' needs an id"
                                  : "unexpected " + quoted(t[2].text) + " after 'f ID'");
        } else {
            return fail(error, lineNo, t[0].column,
                        "unknown operation " + quoted(t[0].text) + " (expected a, f or r)");
        }
        if (!isId(t[1].text))
            return fail(error, lineNo, t[1].column,
                        "expected a block id (a whole number), found " + quoted(t[1].text));
        op.id = ids.indexOf(t[1].text);
        out.ops.push_back(std::move(op));
        lastOpLine = lineNo;
    }
    if (headerRead < 4)
        return fail(error, std::max(lineNo, 1), 0,
                    std::string("the header ends early: missing the ") + headerNames[headerRead]);
    if (out.ops.size() != out.opCount)
        return fail(error, std::max(lastOpLine, lineNo), 0,
                    "the header promises " + std::to_string(out.opCount) + " operations but the file has "
                        + std::to_string(out.ops.size()));
    return true;
}

} // namespace heapboard
