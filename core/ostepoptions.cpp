// SPDX-License-Identifier: MIT
// malloc.py's options, read as Python's optparse reads them (docs/ostep.md).
#include "ostep.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <map>

namespace heapboard {

namespace {

    struct OptionSpec {
        char shortName;
        const char *longName;
        bool takesValue;
    };

    constexpr std::array<OptionSpec, 15> kOptions { {
        { 's', "seed", true },
        { 'S', "size", true },
        { 'b', "baseAddr", true },
        { 'H', "headerSize", true },
        { 'a', "alignment", true },
        { 'p', "policy", true },
        { 'l', "listOrder", true },
        { 'C', "coalesce", false },
        { 'n', "numOps", true },
        { 'r', "range", true },
        { 'P', "percentAlloc", true },
        { 'A', "allocList", true },
        { 'c', "compute", false },
        { 'h', "help", false },
        { '\0', "scenario", true }, // Heapboard's, not malloc.py's
    } };

    // Python's int(text, radix) for the digits after optparse chose the
    // radix: spaces around, a sign, underscores between digits.
    bool pyInt(std::string text, int radix, bool &negative, std::string &digits)
    {
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
            text.pop_back();
        std::size_t i = 0;
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        negative = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            negative = text[i++] == '-';
        const std::string lower = [&] {
            std::string l = text.substr(i);
            std::transform(l.begin(), l.end(), l.begin(),
                           [](unsigned char c) { return char(std::tolower(c)); });
            return l;
        }();
        std::size_t j = 0;
        const char *prefix = radix == 16 ? "0x" : radix == 8 ? "0o" : radix == 2 ? "0b" : nullptr;
        if (prefix && lower.compare(0, 2, prefix) == 0) {
            j = 2;
            if (j < lower.size() && lower[j] == '_')
                ++j;
        }
        digits.clear();
        bool lastUnderscore = true;
        for (; j < lower.size(); ++j) {
            const char c = lower[j];
            if (c == '_' && !lastUnderscore) {
                lastUnderscore = true;
                continue;
            }
            const int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                : c >= 'a' && c <= 'z'                                ? c - 'a' + 10
                                                                      : 99;
            if (v >= radix)
                return false;
            digits.push_back(c);
            lastUnderscore = false;
        }
        return !digits.empty() && !lastUnderscore;
    }

    // optparse's _parse_num: 0x hexadecimal, 0b binary, a leading 0 octal.
    // decimal: the number as Python prints it; fits: whether value holds it
    // (a decimal seed may be any length; other radices must fit 64 bits).
    bool parseOptInt(const std::string &text, std::string &decimal, std::int64_t &value, bool &fits)
    {
        std::string lower = text.substr(0, 2);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        int radix = 10;
        std::string val = text;
        if (lower == "0x") {
            radix = 16;
        } else if (lower == "0b") {
            radix = 2;
            val = text.size() > 2 ? text.substr(2) : "0";
        } else if (!text.empty() && text[0] == '0') {
            radix = 8;
        }
        bool negative = false;
        std::string digits;
        if (!pyInt(val, radix, negative, digits))
            return false;
        std::uint64_t magnitude = 0;
        const auto [end, ec]
            = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude, radix);
        fits = ec == std::errc() && end == digits.data() + digits.size()
            && magnitude <= std::uint64_t(INT64_MAX);
        if (fits) {
            value = negative ? -std::int64_t(magnitude) : std::int64_t(magnitude);
            decimal = std::to_string(value);
            return true;
        }
        if (radix != 10)
            return false;
        decimal = (negative ? "-" : "") + digits.substr(digits.find_first_not_of('0'));
        return true;
    }

    const OptionSpec *findLong(const std::string &name, std::string &error)
    {
        std::vector<const OptionSpec *> matches;
        for (const OptionSpec &o : kOptions) {
            if (name == o.longName)
                return &o;
            if (std::string_view(o.longName).substr(0, name.size()) == name)
                matches.push_back(&o);
        }
        if (matches.size() == 1)
            return matches.front();
        if (matches.empty()) {
            error = "no such option: --" + name;
        } else {
            error = "ambiguous option: --" + name + " (";
            for (std::size_t i = 0; i < matches.size(); ++i)
                error += (i ? ", --" : "--") + std::string(matches[i]->longName);
            error += "?)";
        }
        return nullptr;
    }

    bool setInt(const std::string &opt, const std::string &value, std::int64_t &out, std::string &error)
    {
        std::string decimal;
        bool fits = false;
        if (parseOptInt(value, decimal, out, fits) && fits)
            return true;
        error = "option " + opt + ": invalid integer value: '" + value + "'";
        return false;
    }

    bool apply(const OptionSpec &o, const std::string &opt, const std::string &value, OstepOptions &out,
               std::string &error)
    {
        switch (o.shortName) {
        case 's': {
            std::int64_t ignored = 0;
            bool fits = false;
            if (parseOptInt(value, out.seed, ignored, fits))
                return true;
            error = "option " + opt + ": invalid integer value: '" + value + "'";
            return false;
        }
        case 'S':
            return setInt(opt, value, out.size, error);
        case 'b':
            return setInt(opt, value, out.base, error);
        case 'H':
            return setInt(opt, value, out.header, error);
        case 'a':
            return setInt(opt, value, out.alignment, error);
        case 'n':
            return setInt(opt, value, out.numOps, error);
        case 'r':
            return setInt(opt, value, out.range, error);
        case 'P':
            return setInt(opt, value, out.percentAlloc, error);
        case 'p':
            out.policy = value;
            return true;
        case 'l':
            out.order = value;
            return true;
        case 'A':
            out.allocList = value;
            return true;
        case 'C':
            out.coalesce = true;
            return true;
        case 'c':
            out.compute = true;
            return true;
        case '\0':
            out.scenario = value;
            return true;
        }
        return true;
    }

} // namespace

bool parseListEntry(const std::string &op, char &sign, std::int64_t &value)
{
    // malloc.py reads the number with int(): decimal, leading zeros allowed.
    bool negative = false;
    std::string digits;
    std::uint64_t magnitude = 0;
    if (op.size() < 2 || (op[0] != '+' && op[0] != '-') || !pyInt(op.substr(1), 10, negative, digits)
        || std::from_chars(digits.data(), digits.data() + digits.size(), magnitude).ec != std::errc()
        || magnitude >= (std::uint64_t(1) << 62))
        return false;
    sign = op[0];
    value = negative ? -std::int64_t(magnitude) : std::int64_t(magnitude);
    return true;
}

Policy OstepOptions::heapPolicy() const
{
    if (policy == "FIRST")
        return Policy::FirstFit;
    if (policy == "WORST")
        return Policy::WorstFit;
    return Policy::BestFit;
}

HeapSettings OstepOptions::heapSettings() const
{
    static const std::map<std::string, ListOrder> orders {
        { "ADDRSORT", ListOrder::Address },         { "SIZESORT+", ListOrder::SizeAscending },
        { "SIZESORT-", ListOrder::SizeDescending }, { "INSERT-FRONT", ListOrder::InsertFront },
        { "INSERT-BACK", ListOrder::InsertBack },
    };
    HeapSettings s;
    s.base = Addr(base);
    s.header = Size(header);
    s.alignment = alignment == -1 ? 0 : Size(alignment);
    const auto it = orders.find(order);
    s.order = it == orders.end() ? ListOrder::Address : it->second;
    s.coalescing = coalesce ? Coalescing::ListPass : Coalescing::None;
    return s;
}

namespace {

    // What malloc.py asserts or would crash on, as an error instead.
    bool validate(const OstepOptions &o, std::string &error)
    {
        if (o.policy != "BEST" && o.policy != "WORST" && o.policy != "FIRST")
            error = "option -p: invalid policy: '" + o.policy + "' (choose from BEST, WORST, FIRST)";
        else if (o.heapSettings().order == ListOrder::Address && o.order != "ADDRSORT")
            error = "option -l: invalid list order: '" + o.order
                + "' (choose from ADDRSORT, SIZESORT+, SIZESORT-, INSERT-FRONT, INSERT-BACK)";
        else if (o.alignment == 0 || o.alignment < -1)
            error = "option -a: the alignment must be -1 (none) or positive, not "
                + std::to_string(o.alignment);
        else if (o.percentAlloc <= 0)
            error = "option -P: the percentage of allocations must be above 0";
        else if (o.size <= 0 || o.header < 0 || o.base < 0)
            error = "options -S, -H and -b: the size must be positive, the header and base not negative";
        else if (o.range < 0 || o.numOps < 0)
            error = "options -r and -n must not be negative";
        else if (const std::string problem = settingsProblem(o.heapSettings(), Size(o.size));
                 !problem.empty())
            error = problem;
        return error.empty();
    }

} // namespace

bool parseOstepOptions(const std::vector<std::string> &args, OstepOptions &out, std::string &error)
{
    out = OstepOptions {};
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg == "--")
            break;
        if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
            const std::size_t eq = arg.find('=');
            const OptionSpec *o
                = findLong(arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2), error);
            if (!o)
                return false;
            const std::string opt = std::string("--") + o->longName;
            std::string value;
            if (!o->takesValue && eq != std::string::npos) {
                error = opt + " option does not take a value";
                return false;
            }
            if (o->takesValue) {
                if (eq != std::string::npos) {
                    value = arg.substr(eq + 1);
                } else if (i + 1 < args.size()) {
                    value = args[++i];
                } else {
                    error = opt + " option requires 1 argument";
                    return false;
                }
            }
            if (o->shortName == 'h') {
                out.help = true;
                return true;
            }
            if (!apply(*o, opt, value, out, error))
                return false;
            continue;
        }
        if (arg.size() < 2 || arg[0] != '-')
            continue; // malloc.py ignores other arguments
        for (std::size_t j = 1; j < arg.size(); ++j) {
            const auto o = std::find_if(kOptions.begin(), kOptions.end(), [&](const OptionSpec &spec) {
                return spec.shortName != '\0' && spec.shortName == arg[j];
            });
            const std::string opt = std::string("-") + arg[j];
            if (o == kOptions.end()) {
                error = "no such option: " + opt;
                return false;
            }
            if (o->shortName == 'h') {
                out.help = true;
                return true;
            }
            std::string value;
            if (o->takesValue) {
                if (j + 1 < arg.size()) {
                    value = arg.substr(j + 1);
                } else if (i + 1 < args.size()) {
                    value = args[++i];
                } else {
                    error = opt + " option requires 1 argument";
                    return false;
                }
                j = arg.size();
            }
            if (!apply(*o, opt, value, out, error))
                return false;
        }
    }
    return validate(out, error);
}

std::string ostepHelp()
{
    return "Usage: heapboard-cli ostep [options]\n\n"
           "Options:\n"
           "  -h, --help            show this help message and exit\n"
           "  -s SEED, --seed=SEED  the random seed\n"
           "  -S HEAPSIZE, --size=HEAPSIZE\n                        size of the heap\n"
           "  -b BASEADDR, --baseAddr=BASEADDR\n                        base address of heap\n"
           "  -H HEADERSIZE, --headerSize=HEADERSIZE\n                        size of the header\n"
           "  -a ALIGNMENT, --alignment=ALIGNMENT\n                        align allocated units to size; "
           "-1->no align\n"
           "  -p POLICY, --policy=POLICY\n                        list search (BEST, WORST, FIRST)\n"
           "  -l ORDER, --listOrder=ORDER\n                        list order (ADDRSORT, SIZESORT+, "
           "SIZESORT-, INSERT-FRONT,\n"
           "                        INSERT-BACK)\n"
           "  -C, --coalesce        coalesce the free list?\n"
           "  -n OPSNUM, --numOps=OPSNUM\n                        number of random ops to generate\n"
           "  -r OPSRANGE, --range=OPSRANGE\n                        max alloc size\n"
           "  -P OPSPALLOC, --percentAlloc=OPSPALLOC\n                        percent of ops that are "
           "allocs\n"
           "  -A OPSLIST, --allocList=OPSLIST\n                        instead of random, list of ops "
           "(+10,-0,etc)\n"
           "  -c, --compute         compute answers for me\n"
           "  --scenario=FILE       also write the workload as a Heapboard scenario\n";
}

std::vector<std::string> ostepArguments(const OstepOptions &o)
{
    const OstepOptions defaults;
    std::vector<std::string> args;
    const auto add = [&args](const char *flag, std::string value) {
        args.emplace_back(flag);
        args.push_back(std::move(value));
    };
    const bool listMode = !o.allocList.empty();
    if (!listMode) {
        add("-s", o.seed);
        add("-n", std::to_string(o.numOps));
    }
    const std::pair<const char *, std::pair<std::int64_t, std::int64_t>> numbers[] = {
        { "-S", { o.size, defaults.size } },
        { "-b", { o.base, defaults.base } },
        { "-H", { o.header, defaults.header } },
        { "-a", { o.alignment, defaults.alignment } },
    };
    for (const auto &[flag, values] : numbers) {
        if (values.first != values.second)
            add(flag, std::to_string(values.first));
    }
    if (o.policy != defaults.policy)
        add("-p", o.policy);
    if (o.order != defaults.order)
        add("-l", o.order);
    if (o.coalesce)
        args.emplace_back("-C");
    if (listMode) {
        add("-A", o.allocList);
    } else {
        if (o.range != defaults.range)
            add("-r", std::to_string(o.range));
        if (o.percentAlloc != defaults.percentAlloc)
            add("-P", std::to_string(o.percentAlloc));
    }
    if (o.compute)
        args.emplace_back("-c");
    return args;
}

} // namespace heapboard
