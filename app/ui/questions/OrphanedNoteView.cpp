#include "ui/questions/OrphanedNoteView.h"

#include "ui/questions/OrphanedNoteListModel.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ip {

OrphanedNoteView::OrphanedNoteView(QWidget* parent) : QWidget(parent)
{
    // Laid out as the question is (a muted heading, the large title), so the
    // pane reads the same; every text is the user's or the guide's words, so
    // plain text.
    m_heading = new QLabel(tr("Orphaned note"), this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setForegroundRole(QPalette::PlaceholderText);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_explanation = new QLabel(this);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);

    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A key or a first line is one long word the labels cannot break: they
    // are cut at the pane's edge rather than widening the pane beyond the
    // question's (the splitter would take the room from the notes).
    for (QLabel* label : {m_title, m_details}) {
        QSizePolicy policy = label->sizePolicy();
        policy.setHorizontalPolicy(QSizePolicy::Ignored);
        label->setSizePolicy(policy);
    }

    m_delete = new QPushButton(tr("&Delete Note…"), this);
    m_delete->setFocusPolicy(Qt::TabFocus);
    m_delete->setToolTip(tr("Delete this note for good (Delete in the list)"));
    connect(m_delete, &QPushButton::clicked, this, &OrphanedNoteView::deleteRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_details);
    layout->addSpacing(6);
    layout->addWidget(m_delete, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

void OrphanedNoteView::setNote(const QuestionNote& note, const QString& guideTitle)
{
    m_title->setText(OrphanedNoteListModel::titleOf(note.markdown));
    m_explanation->setText(
        tr("This question is no longer in %1. Your note is kept and shows with the question "
           "again if it comes back to the guide.")
            .arg(guideTitle));
    const QDateTime local = note.updatedAt.toLocalTime();
    const QString changed =
        note.updatedAt.isValid()
            ? tr("%1, %2").arg(QLocale().toString(local.date(), QLocale::LongFormat),
                               QLocale().toString(local.time(), QLocale::ShortFormat))
            : QString();
    m_details->setText(
        changed.isEmpty()
            ? tr("Question key: %1").arg(note.questionKey)
            : tr("Question key: %1\nLast changed: %2").arg(note.questionKey, changed));
}

void OrphanedNoteView::setDeleteEnabled(bool enabled)
{
    m_delete->setEnabled(enabled);
}

QString OrphanedNoteView::explanation() const
{
    return m_explanation->text();
}

} // namespace ip
