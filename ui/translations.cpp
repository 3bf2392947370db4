// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>
#include <algorithm>

namespace {

// Owned by the application object, so they live as long as it does; kept
// here to be removed when another language is installed.
QTranslator *s_own = nullptr;
QTranslator *s_qt = nullptr;

void replace(QTranslator *&slot, QTranslator *translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (slot)
        QCoreApplication::installTranslator(slot);
}

} // namespace

QStringList Translations::searchPaths()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList paths {
        // Installed: PREFIX/bin/heapboard and PREFIX/share/heapboard/translations,
        // wherever the prefix was moved to.
        QDir::cleanPath(appDir + QStringLiteral("/../" HEAPBOARD_TRANSLATIONS_INSTALL_DIR)),
        // A build tree: build/app/heapboard (and build/tests/tst_*) and
        // build/translations.
        QDir::cleanPath(appDir + QStringLiteral("/../translations")),
        // Next to the executable, for a copy that was dropped into one folder.
        appDir,
        QDir::cleanPath(appDir + QStringLiteral("/translations")),
        // The prefix it was built for.
        QStringLiteral(HEAPBOARD_TRANSLATIONS_INSTALLED),
    };
    paths.removeDuplicates();
    return paths;
}

bool Translations::install(const QLocale &locale)
{
    QLocale::setDefault(locale);

    auto qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        replace(s_qt, qt);
    } else {
        delete qt;
        replace(s_qt, nullptr);
    }

    // English has a translation too, of its plurals only ("1 step", "2
    // steps" from "%n step(s)"); it is also what a language without one
    // falls back to, and what the C locale reads.
    const QLocale english(QLocale::English);
    const QStringList languages = locale.uiLanguages(); // the system's: LANGUAGE too
    const bool onlyC = std::all_of(languages.begin(), languages.end(),
                                   [](const QString &l) { return l == u"C" || l.startsWith(u"C."); });
    const QLocale lookup = locale.language() == QLocale::C && onlyC ? english : locale;
    auto own = new QTranslator(QCoreApplication::instance());
    for (const QLocale &language : { lookup, english }) {
        for (const QString &dir : searchPaths()) {
            if (own->load(language, QStringLiteral("heapboard"), QStringLiteral("_"), dir)) {
                replace(s_own, own);
                return language == lookup;
            }
        }
    }
    delete own;
    replace(s_own, nullptr);
    return false;
}
