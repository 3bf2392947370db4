// SPDX-License-Identifier: MIT
#include "events.h"

namespace heapboard {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return "none";
    case ErrorCode::OutOfMemory:
        return "out-of-memory";
    case ErrorCode::InvalidPointer:
        return "invalid-pointer";
    case ErrorCode::DoubleFree:
        return "double-free";
    case ErrorCode::InvalidSize:
        return "invalid-size";
    case ErrorCode::InvalidHeapSize:
        return "invalid-heap-size";
    }
    return "unknown";
}

std::string_view policyName(Policy policy)
{
    switch (policy) {
    case Policy::FirstFit:
        return "first-fit";
    case Policy::NextFit:
        return "next-fit";
    case Policy::BestFit:
        return "best-fit";
    case Policy::WorstFit:
        return "worst-fit";
    case Policy::AsRecorded:
        return "as-recorded";
    }
    return "first-fit";
}

bool parsePolicy(std::string_view name, Policy &out)
{
    for (Policy p :
         { Policy::FirstFit, Policy::NextFit, Policy::BestFit, Policy::WorstFit, Policy::AsRecorded }) {
        if (policyName(p) == name) {
            out = p;
            return true;
        }
    }
    return false;
}

} // namespace heapboard
