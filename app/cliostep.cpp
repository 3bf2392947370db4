// SPDX-License-Identifier: MIT
// heapboard-cli ostep: OSTEP's malloc.py homework, byte for byte
// (docs/ostep.md), and the same workload as a Heapboard scenario.
#include "cliostep.h"

#include "ostep.h"
#include "ostepscenario.h"

#include <QSaveFile>
#include <cstdio>

namespace heapboard {

int ostepCommand(const QStringList &arguments)
{
    std::vector<std::string> args;
    for (qsizetype i = 2; i < arguments.size(); ++i)
        args.push_back(arguments[i].toStdString());
    OstepOptions options;
    std::string error;
    const auto usageError = [](const std::string &message) {
        std::fprintf(stderr, "Usage: heapboard-cli ostep [options]\n\nheapboard-cli ostep: error: %s\n",
                     message.c_str());
        return 2;
    };
    if (!parseOstepOptions(args, options, error))
        return usageError(error);
    if (options.help) {
        std::fputs(ostepHelp().c_str(), stdout);
        return 0;
    }
    OstepRun run;
    if (!runOstep(options, run, error))
        return usageError(error);
    if (!options.scenario.empty()) {
        QSaveFile file(QString::fromStdString(options.scenario));
        const std::string text = ostepScenario(options, run);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
            std::fprintf(stderr, "heapboard-cli ostep: cannot write %s: %s\n", options.scenario.c_str(),
                         qPrintable(file.errorString()));
            return 2;
        }
    }
    const std::string out = ostepOutput(options, run);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

} // namespace heapboard
