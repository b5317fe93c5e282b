#include "ui/library/GuideSwitcher.h"

#include "StudyContext.h"
#include "services/CombinedGuide.h"
#include "services/LibraryService.h"
#include "services/StudyData.h"

#include <QDir>
#include <QKeyEvent>
#include <QSignalBlocker>
#include <QStylePainter>
#include <QTextDocument>
#include <QWheelEvent>
#include <algorithm>

namespace ip {

GuideSwitcher::GuideSwitcher(StudyContext& context, QWidget* parent)
    : QComboBox(parent), m_context(context)
{
    setObjectName(QStringLiteral("guideSwitcher"));
    setAccessibleName(tr("Guide"));
    setAccessibleDescription(tr("The guide the screens show. Ctrl+O lists the whole library."));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(8);
    // Scrolling over it must not take the focus from the text being typed.
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QComboBox::activated, this, &GuideSwitcher::onActivated);
    refresh();
}

void GuideSwitcher::refresh()
{
    // The closed box shows the open guide only: the library is read when
    // the list opens, so that neither the start nor opening a guide waits
    // on a large library.
    LibraryGuide open;
    open.key = m_context.guide().key;
    open.title = m_context.guide().title;
    open.path = m_context.guideFile();
    fill({open});
}

void GuideSwitcher::listLibrary()
{
    QList<LibraryGuide> guides;
    if (StudyData* studyData = m_context.data()) {
        // A library that cannot be read still leaves the open guide to show.
        if (auto entries = studyData->library().entries(LibraryService::FileStates::Unchecked))
            guides = std::move(*entries);
    }
    // All guides once the library has more than one guide to combine.
    const bool combinable = guides.size() > 1;
    // The open guide is listed even before (or without) the library
    // holding it: a file opened by hand, a database that cannot be written.
    const Guide& open = m_context.guide();
    const bool listed =
        open.isCombined() || std::any_of(guides.cbegin(), guides.cend(),
                                         [&](const LibraryGuide& g) { return g.key == open.key; });
    if (!listed) {
        LibraryGuide current;
        current.key = open.key;
        current.title = open.title;
        current.path = m_context.guideFile();
        guides << current;
    }
    std::sort(guides.begin(), guides.end(), &LibraryGuide::listedBefore);
    // All guides first, apart from the others.
    if (combinable || open.isCombined())
        guides.prepend(allGuides());
    fill(guides);
}

LibraryGuide GuideSwitcher::allGuides()
{
    LibraryGuide all;
    all.key = Guide::AllGuidesKey;
    all.title = CombinedGuide::tr("All guides");
    all.path = StudyContext::AllGuidesPath;
    return all;
}

void GuideSwitcher::fill(const QList<LibraryGuide>& guides)
{
    const QSignalBlocker blocker(this);
    clear();
    for (const LibraryGuide& guide : guides) {
        const QString title = guide.title.isEmpty() ? guide.key : guide.title;
        addItem(title);
        const int row = count() - 1;
        setItemData(row, guide.path, PathRole);
        setItemData(row, guide.key, KeyRole);
        if (guide.key == Guide::AllGuidesKey) {
            setItemData(row, tr("Every guide in the library together"), Qt::ToolTipRole);
            if (guides.size() > 1)
                insertSeparator(count());
            continue;
        }
        // Plain text: a title is the guide author's, not markup.
        setItemData(row,
                    Qt::convertFromPlainText(
                        guide.path.isEmpty() || guide.path.startsWith(u':')
                            ? title
                            : tr("%1\n%2").arg(title, QDir::toNativeSeparators(guide.path)),
                        Qt::WhiteSpaceNormal),
                    Qt::ToolTipRole);
    }
    insertSeparator(count());
    addItem(tr("Manage Library…"));
    m_manageRow = count() - 1;
    setItemData(m_manageRow, tr("Add, open and remove guides (Ctrl+O)"), Qt::ToolTipRole);
    setCurrentIndex(rowOfGuide(m_context.guide().key));
    setToolTip(itemData(currentIndex(), Qt::ToolTipRole).toString());
}

int GuideSwitcher::rowOfGuide(const QString& key) const
{
    return findData(key, KeyRole);
}

void GuideSwitcher::showPopup()
{
    // Guides may have come in or gone since the list was made (an import, a
    // drop, the command line in another terminal).
    listLibrary();
    QComboBox::showPopup();
}

void GuideSwitcher::onActivated(int row)
{
    const QString key = itemData(row, KeyRole).toString();
    const QString path = itemData(row, PathRole).toString();
    // Back to the open guide until the window has opened the one chosen: an
    // open can be cancelled, or refused over unsaved work.
    const int openRow = rowOfGuide(m_context.guide().key);
    {
        const QSignalBlocker blocker(this);
        setCurrentIndex(openRow);
    }
    if (row == m_manageRow)
        Q_EMIT manageLibraryChosen();
    else if (row != openRow && !path.isEmpty())
        Q_EMIT guideChosen(path);
}

void GuideSwitcher::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (event->modifiers() == Qt::NoModifier) {
            showPopup();
            return;
        }
        break;
    default:
        if (!event->text().isEmpty() && event->text().at(0).isPrint() &&
            !event->text().at(0).isSpace()) {
            showPopup();
            return;
        }
        break;
    }
    QComboBox::keyPressEvent(event);
}

void GuideSwitcher::wheelEvent(QWheelEvent* event)
{
    // Scrolling past the navigation must not open guide after guide.
    event->ignore();
}

void GuideSwitcher::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    const QRect field =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    option.currentText =
        fontMetrics().elidedText(option.currentText, Qt::ElideRight, field.width() - 2);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace ip
