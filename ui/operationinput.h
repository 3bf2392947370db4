// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QCoreApplication>
#include <QString>

namespace heapboard {
struct Scenario;
}

// What the operation dialogs (BlockActions) accept, as typed. Each check
// returns what is wrong, starting with the field it is about ("Size: 'x'
// is not a number…"), or an empty string with the value in out.
class OperationInput
{
    Q_DECLARE_TR_FUNCTIONS(OperationInput)
public:
    // A size of 1 to heapSize bytes: digits with an optional K, M or G
    // (as scenarios write sizes), times unit. Zero is wrong too, for the
    // reason zeroHint gives.
    static QString size(const QString &field, const QString &text, heapboard::Size unit,
                        heapboard::Size heapSize, const QString &zeroHint, heapboard::Size &out);
    // Any address (so that free(7) can be shown failing), or the name of one
    // of the scenario's handles; out is one or the other.
    static QString pointer(const QString &field, const QString &text, const heapboard::Scenario &scenario,
                           heapboard::Addr &address, QString &handle);
    // A name for a handle: an identifier that is not a keyword and that no
    // handle has, other than `mayReuse`.
    static QString newName(const QString &field, const QString &text, const heapboard::Scenario &scenario,
                           const QString &mayReuse = {});
};
