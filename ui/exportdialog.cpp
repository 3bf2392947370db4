// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "apptheme.h"
#include "heapexport.h"
#include "heapmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextBoundaryFinder>

namespace {

const QString kPathKey = QStringLiteral("export/path");
const QString kSizeKey = QStringLiteral("export/size");
const QString kLegendKey = QStringLiteral("export/legend");

QSpinBox *sideBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(HeapExport::kMinSide, HeapExport::kMaxSide);
    box->setSuffix(ExportDialog::tr(" px"));
    box->setAccelerated(true);
    return box;
}

// Where a fresh account's export goes: Pictures when that folder exists
// (it need not), else the home folder, which does.
QString defaultFolder()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return !pictures.isEmpty() && QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

// The remembered path while its folder exists; otherwise its file name (or
// heap.png) in defaultFolder(), so that accepting straight away writes.
QString initialPath(const QSettings &settings)
{
    const QFileInfo remembered(settings.value(kPathKey).toString());
    if (!remembered.filePath().isEmpty() && remembered.absoluteDir().exists())
        return remembered.filePath();
    const QString name = remembered.fileName();
    return QDir(defaultFolder()).filePath(name.isEmpty() ? QStringLiteral("heap.png") : name);
}

// A word-wrapped QLabel breaks lines at blanks only, so a long path would
// run out of the dialog; a zero-width space between the characters of any
// long run lets it break there too.
QString wrappable(const QString &text)
{
    static const QRegularExpression longRun(QStringLiteral("\\S{24,}"));
    QString out;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &run : longRun.globalMatch(text)) {
        out += QStringView(text).mid(done, run.capturedStart() - done);
        const QString word = run.captured();
        QTextBoundaryFinder characters(QTextBoundaryFinder::Grapheme, word);
        qsizetype from = 0;
        for (qsizetype to = characters.toNextBoundary(); to > 0; to = characters.toNextBoundary()) {
            out += QStringView(word).mid(from, to - from);
            if (to < word.size())
                out += QChar(0x200B);
            from = to;
        }
        done = run.capturedEnd();
    }
    out += QStringView(text).mid(done);
    return out;
}

} // namespace

ExportDialog::ExportDialog(const heapboard::Heap &heap, HeapRenderer::Labeler labeler,
                           const HeapPalette &palette, const QStringList &caption, QWidget *parent)
    : ExportDialog(
        [&heap, labeler = std::move(labeler)](const QString &path, QSize size, const HeapPalette &theme,
                                              const QStringList &lines, bool legend, QString *error) {
            HeapExport picture(heap, theme, labeler);
            picture.setSize(size);
            picture.setCaption(lines);
            picture.setLegend(legend);
            return picture.save(path, error);
        },
        palette, caption, parent)
{ }

ExportDialog::ExportDialog(Writer writer, const HeapPalette &palette, const QStringList &caption,
                           QWidget *parent)
    : QDialog(parent)
    , m_writer(std::move(writer))
    , m_caption(caption)
    , m_path(new QLineEdit(this))
    , m_width(sideBox(this))
    , m_height(sideBox(this))
    , m_theme(new QComboBox(this))
    , m_includeCaption(new QCheckBox(tr("Title, step and narration above the heap"), this))
    , m_includeLegend(new QCheckBox(tr("Include &legend"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Heap"));
    const QSettings settings;
    setPath(initialPath(settings));
    setPixelSize(settings.value(kSizeKey, QSize(1920, 1080)).toSize());
    m_path->setToolTip(tr("The suffix chooses the format: .png, .svg or .pdf"));
    for (const QString &id : HeapPalette::ids())
        m_theme->addItem(HeapPalette::byId(id).displayName(), id);
    setTheme(palette.id);
    m_includeCaption->setChecked(!caption.isEmpty());
    m_includeCaption->setEnabled(!caption.isEmpty());
    m_includeLegend->setChecked(settings.value(kLegendKey, false).toBool());
    m_includeLegend->setToolTip(tr("What free, used and changed blocks look like, in a corner"));
    AppTheme::markProblem(m_problem, true);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    createLayout();
}

void ExportDialog::createLayout()
{
    auto *browse = new QPushButton(tr("&Browse…"), this);
    // Names for tests, which must not depend on translated text.
    browse->setObjectName(QStringLiteral("browse"));
    m_path->setObjectName(QStringLiteral("path"));
    m_width->setObjectName(QStringLiteral("width"));
    m_height->setObjectName(QStringLiteral("height"));
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_includeCaption->setObjectName(QStringLiteral("includeCaption"));
    m_includeLegend->setObjectName(QStringLiteral("includeLegend"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    m_width->setToolTip(
        tr("Pixels of a PNG; for SVG and PDF the page, at 96 pixels an inch. Text scales with it."));
    m_height->setToolTip(m_width->toolTip());
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 48);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_width);
    auto *themeLabel = new QLabel(tr("&Theme:"), this);
    themeLabel->setBuddy(m_theme);
    m_theme->setToolTip(tr("The colors of the picture; the window's theme at first"));
    auto *form = new QFormLayout(this);
    form->addRow(fileLabel, pathRow);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(themeLabel, m_theme);
    form->addRow(QString(), m_includeCaption);
    form->addRow(QString(), m_includeLegend);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, m_problem, &QLabel::hide);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ExportDialog::exportHeap(QWidget *parent, const HeapModel &model, const HeapPalette &palette,
                              const QStringList &caption, QString *error)
{
    ExportDialog dialog(
        model.heap(), [&model](quint32 tag) { return model.labelFor(tag); }, palette, caption, parent);
    const bool exported = dialog.exec() == QDialog::Accepted;
    if (error)
        *error = exported ? QString() : dialog.lastError();
    return exported;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QSize ExportDialog::pixelSize() const
{
    return { m_width->value(), m_height->value() };
}

void ExportDialog::setPixelSize(QSize size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

bool ExportDialog::includesLegend() const
{
    return m_includeLegend->isChecked();
}

void ExportDialog::setIncludesLegend(bool on)
{
    m_includeLegend->setChecked(on);
}

void ExportDialog::setLegendOptional(bool optional)
{
    m_includeLegend->setVisible(optional);
}

bool ExportDialog::includesCaption() const
{
    return m_includeCaption->isChecked();
}

void ExportDialog::setIncludesCaption(bool on)
{
    m_includeCaption->setChecked(on);
}

QString ExportDialog::theme() const
{
    return m_theme->currentData().toString();
}

void ExportDialog::setTheme(const QString &id)
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(HeapPalette::byId(id).id)));
}

void ExportDialog::browse()
{
    const QStringList filters { tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"),
                                tr("PDF document (*.pdf)") };
    const auto format = HeapExport::formatOf(path());
    QString filter = filters.value(format ? int(*format) : 0);
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export Heap"), path(),
                                                  filters.join(QStringLiteral(";;")), &filter);
    if (chosen.isEmpty())
        return;
    if (!HeapExport::formatOf(chosen))
        chosen
            += QStringList { QStringLiteral(".png"), QStringLiteral(".svg"), QStringLiteral(".pdf") }.value(
                std::max(0, int(filters.indexOf(filter))));
    setPath(chosen);
}

void ExportDialog::showError(const QString &message)
{
    m_lastError = message;
    m_problem->setText(wrappable(message));
    m_problem->show();
    // A window does not grow by itself for a label that wraps onto more
    // lines: make room for all of them at the dialog's width.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (height() < needed)
        resize(width(), needed);
}

void ExportDialog::accept()
{
    const QString target = QDir::fromNativeSeparators(path());
    if (target.isEmpty())
        return showError(tr("Choose a file to export to."));
    if (!HeapExport::formatOf(target))
        return showError(tr("%1: cannot write: unknown file type (use .png, .svg or .pdf)").arg(target));
    QString error;
    if (!m_writer(target, pixelSize(), HeapPalette::byId(theme()),
                  includesCaption() ? m_caption : QStringList(), includesLegend(), &error))
        return showError(error);
    m_lastError.clear();
    QSettings settings;
    settings.setValue(kPathKey, target);
    settings.setValue(kSizeKey, pixelSize());
    settings.setValue(kLegendKey, includesLegend());
    QDialog::accept();
}
