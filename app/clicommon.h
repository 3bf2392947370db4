// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <cstdio>

namespace heapboard {

// The context of the command line's messages in the translations.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The exit status of bad input: a bad option, a file that cannot be read
// (README.md, "Command line").
inline constexpr int kBadInput = 2;

// Prints the message on stderr and returns kBadInput.
inline int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return kBadInput;
}

} // namespace heapboard
