// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QStringList>

class QTranslator;

// Loads the window's language: Heapboard's own heapboard_<lang>.qm and Qt's
// qtbase_<lang>.qm (so the standard dialogs and buttons match), chosen from
// the locale's UI languages the way QTranslator::load does (de_AT falls back
// to de). The .qm files are looked for where an installed copy keeps them
// (share/heapboard/translations beside bin/, then the install prefix) and
// where a build tree does (translations/ beside app/ and tests/), so an uninstalled
// build is translated too.
namespace Translations {

// The folders searched for heapboard_<lang>.qm, in order.
QStringList searchPaths();

// Installs the translators for locale on the application (removing the ones
// an earlier call installed) and makes locale the default for number
// formatting. True when Heapboard's own translation for locale was found
// (English has one too, for its plurals; the C locale counts as English);
// false when it falls back to English.
bool install(const QLocale &locale = QLocale());

} // namespace Translations
