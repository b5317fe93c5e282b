#include "ui/requirements/RequirementDetailPane.h"

#include "content/MarkdownRenderer.h"
#include "model/RequirementProgress.h"
#include "services/DraftWriter.h"
#include "ui/AutosaveTimer.h"
#include "ui/drafts/DraftKeeper.h"
#include "ui/requirements/OptionalDateEdit.h"
#include "ui/requirements/RequirementChecklistModel.h"
#include "ui/requirements/RequirementStatusDelegate.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ip {

namespace {

QToolButton* clearButton(const QString& toolTip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(RequirementDetailPane::tr("Clear"));
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    return button;
}

QWidget* dateRow(OptionalDateEdit* edit, QToolButton* clear, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    layout->addWidget(clear);
    layout->addStretch();
    return row;
}

} // namespace

RequirementDetailPane::RequirementDetailPane(DraftKeeper* drafts, QWidget* parent)
    : QWidget(parent), m_drafts(drafts)
{
    m_pages = new QStackedWidget(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_emptyLabel = new QLabel(tr("Select a requirement to see its description and record "
                                 "your progress."),
                              m_pages);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_emptyLabel);

    m_evidenceTimer = new AutosaveTimer(this, EvidenceSaveDelayMs);
    connect(m_evidenceTimer, &AutosaveTimer::due, this, &RequirementDetailPane::saveEvidence);
    m_dateTimer = new QTimer(this);
    m_dateTimer->setSingleShot(true);
    m_dateTimer->setInterval(DateSaveDelayMs);
    connect(m_dateTimer, &QTimer::timeout, this, &RequirementDetailPane::saveDates);
    buildItemPage();

    showIndex({});
}

RequirementDetailPane::~RequirementDetailPane() = default;

void RequirementDetailPane::buildItemPage()
{
    m_content = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(m_content);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_subtitle = new QLabel(m_content);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_subtitle);

    m_readOnlyNote = new QLabel(m_content);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setTextFormat(Qt::PlainText);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setForegroundRole(QPalette::PlaceholderText);
    m_readOnlyNote->hide();
    layout->addWidget(m_readOnlyNote);

    m_form = new QWidget(m_content);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 6, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_status = new QComboBox(m_form);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    // Its label heads a row of a layout, so Qt makes it no buddy.
    m_status->setAccessibleName(tr("Status"));
    RequirementStatusDelegate::addStatuses(m_status);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_status, &QComboBox::activated, this, &RequirementDetailPane::saveStatus);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch();
    form->addRow(tr("Status:"), statusRow);

    m_targetDate = new OptionalDateEdit(m_form);
    m_targetDate->setObjectName(QStringLiteral("targetDateEdit"));
    m_targetDate->setAccessibleName(tr("Target date"));
    m_clearTarget = clearButton(tr("Remove the target date"), m_form);
    form->addRow(tr("Target date:"), dateRow(m_targetDate, m_clearTarget, m_form));

    m_completedDate = new OptionalDateEdit(m_form);
    m_completedDate->setObjectName(QStringLiteral("completedDateEdit"));
    m_completedDate->setAccessibleName(tr("Completion date"));
    m_clearCompleted = clearButton(tr("Remove the completion date"), m_form);
    form->addRow(tr("Completed:"), dateRow(m_completedDate, m_clearCompleted, m_form));

    for (OptionalDateEdit* edit : {m_targetDate, m_completedDate}) {
        connect(edit, &QDateEdit::dateChanged, m_dateTimer, qOverload<>(&QTimer::start));
        connect(edit, &QDateEdit::editingFinished, this, &RequirementDetailPane::saveDates);
    }
    connect(m_clearTarget, &QToolButton::clicked, this, [this] {
        m_targetDate->clearDate();
        saveDates();
    });
    connect(m_clearCompleted, &QToolButton::clicked, this, [this] {
        m_completedDate->clearDate();
        saveDates();
    });

    m_evidence = new QPlainTextEdit(m_form);
    m_evidence->setObjectName(QStringLiteral("evidenceEdit"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setPlaceholderText(tr("Credential ID, link or note. Saved as you type."));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setFixedHeight(m_evidence->fontMetrics().lineSpacing() * 4 +
                               2 * m_evidence->frameWidth() + 8);
    m_evidence->installEventFilter(this);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, [this] {
        m_evidenceDirty = true;
        m_evidenceTimer->edited();
    });
    form->addRow(tr("Evidence:"), m_evidence);
    layout->addWidget(m_form);

    m_descriptionLabel = new QLabel(tr("Description"), m_content);
    QFont headingFont = m_descriptionLabel->font();
    headingFont.setBold(true);
    m_descriptionLabel->setFont(headingFont);
    layout->addSpacing(6);
    layout->addWidget(m_descriptionLabel);

    m_description = new QTextBrowser(m_content);
    m_description->setObjectName(QStringLiteral("descriptionBrowser"));
    m_description->setAccessibleName(tr("Description"));
    // Links open in the system browser, and only when clicked: the guide is
    // never allowed to navigate this view anywhere.
    m_description->setOpenLinks(false);
    m_description->setOpenExternalLinks(false);
    connect(m_description, &QTextBrowser::anchorClicked, this, &RequirementDetailPane::openLink);
    layout->addWidget(m_description, 1);

    m_pages->addWidget(m_content);
}

void RequirementDetailPane::setModel(RequirementChecklistModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this,
                &RequirementDetailPane::onModelDataChanged);
        // Saving here would write in the middle of the reset; whoever resets
        // the model commits pending edits first (RequirementsScreen::reload).
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            m_evidenceTimer->stop();
            m_dateTimer->stop();
            m_evidenceDirty = false;
        });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { showIndex({}); });
    }
    showIndex({});
}

void RequirementDetailPane::showIndex(const QModelIndex& index)
{
    const QModelIndex row = index.isValid() ? index.siblingAtColumn(0) : QModelIndex();
    if (row == m_index && row.isValid())
        return;
    // What was typed belongs to the item it was typed for. If saving it
    // failed, the draft keeper holds it under that item's key; it is never
    // carried over to the next item.
    commitPendingEdits();
    m_evidenceDirty = false;
    m_index = row;
    refresh();
}

QString RequirementDetailPane::requirementKey() const
{
    return m_index.isValid() ? m_index.data(RequirementChecklistModel::KeyRole).toString()
                             : QString();
}

QWidget* RequirementDetailPane::firstField() const
{
    return m_status;
}

void RequirementDetailPane::commitPendingEdits()
{
    saveDates();
    saveEvidence();
}

void RequirementDetailPane::refresh()
{
    if (!m_model || !m_index.isValid() || m_index.model() != m_model) {
        m_pages->setCurrentWidget(m_emptyLabel);
        return;
    }
    m_pages->setCurrentWidget(m_content);
    if (m_index.data(RequirementChecklistModel::IsGroupRole).toBool())
        refreshGroup();
    else
        refreshItem();
}

void RequirementDetailPane::refreshGroup()
{
    m_form->hide();
    m_title->setText(m_index.data(Qt::DisplayRole).toString());
    m_subtitle->setText(QModelIndex(m_index)
                            .siblingAtColumn(RequirementChecklistModel::StatusColumn)
                            .data(Qt::DisplayRole)
                            .toString());
    const QString note = m_index.data(RequirementChecklistModel::MarkdownRole).toString();
    m_descriptionLabel->setVisible(!note.trimmed().isEmpty());
    m_description->setVisible(!note.trimmed().isEmpty());
    showDescription(MarkdownRenderer::toHtml(note));
}

void RequirementDetailPane::setReadOnlyReason(const QString& reason)
{
    m_readOnlyReason = reason;
    refresh();
}

QString RequirementDetailPane::readOnlyNote() const
{
    return m_readOnlyNote->isVisibleTo(this) ? m_readOnlyNote->text() : QString();
}

void RequirementDetailPane::refreshItem()
{
    using Model = RequirementChecklistModel;
    m_form->show();
    m_title->setText(m_index.data(Qt::DisplayRole).toString());
    const QString level = Model::levelLabel(m_index.data(Model::LevelRole).toString());
    const QString group = m_index.data(Model::GroupNameRole).toString();
    m_subtitle->setText(level.isEmpty() ? group : tr("%1 · %2").arg(level, group));

    const bool readOnly = m_model->isReadOnly();
    {
        const QSignalBlocker blockStatus(m_status);
        m_status->setCurrentIndex(m_status->findData(m_index.data(Model::StatusRole).toInt()));
    }
    // Dates typed here and not saved yet are kept.
    if (!m_dateTimer->isActive()) {
        const QSignalBlocker blockTarget(m_targetDate);
        const QSignalBlocker blockCompleted(m_completedDate);
        const QDate target = QModelIndex(m_index)
                                 .siblingAtColumn(Model::TargetDateColumn)
                                 .data(Qt::EditRole)
                                 .toDate();
        const QDate completed = QModelIndex(m_index)
                                    .siblingAtColumn(Model::CompletedDateColumn)
                                    .data(Qt::EditRole)
                                    .toDate();
        m_targetDate->setOptionalDate(target.isValid() ? std::optional(target) : std::nullopt);
        m_completedDate->setOptionalDate(completed.isValid() ? std::optional(completed)
                                                             : std::nullopt);
    }
    if (!m_evidenceDirty) {
        const std::optional<Draft> unsaved = m_drafts->draft(evidenceDraftId());
        const QString evidence = unsaved ? unsaved->field(QStringLiteral("evidence"))
                                         : m_index.data(Model::EvidenceRole).toString();
        if (m_evidence->toPlainText() != evidence) {
            const QSignalBlocker blockEvidence(m_evidence);
            m_evidence->setPlainText(evidence);
        }
    }
    m_status->setEnabled(!readOnly);
    for (OptionalDateEdit* edit : {m_targetDate, m_completedDate}) {
        edit->setReadOnly(readOnly);
        edit->setEnabled(!readOnly);
    }
    m_clearTarget->setEnabled(!readOnly);
    // Only a finished item has a completion date; an editor open on any other
    // item only invites a date typed into the wrong field.
    const bool done = m_index.data(Model::StatusRole).toInt() == int(RequirementStatus::Done);
    m_completedDate->setEnabled(!readOnly && done);
    m_clearCompleted->setEnabled(!readOnly && done);
    m_completedDate->setToolTip(done ? tr("Press Delete to clear the date.")
                                     : tr("Set the status to Done to record when it was "
                                          "completed."));
    m_readOnlyNote->setVisible(readOnly);
    if (readOnly) {
        m_readOnlyNote->setText(m_readOnlyReason.isEmpty()
                                    ? tr("Shown read-only: changes to your progress cannot be "
                                         "saved in this session.")
                                    : tr("Shown read-only: %1").arg(m_readOnlyReason));
        const QString why = m_readOnlyReason.isEmpty()
                                ? tr("Read-only: changes cannot be saved in this session.")
                                : tr("Read-only: %1").arg(m_readOnlyReason);
        m_readOnlyNote->setToolTip(why);
        for (QWidget* field :
             std::initializer_list<QWidget*>{m_status, m_targetDate, m_completedDate, m_clearTarget,
                                             m_clearCompleted, m_evidence})
            field->setToolTip(why);
    } else {
        // Writable again (a backup was restored): the fields' own tips.
        m_status->setToolTip(QString());
        m_evidence->setToolTip(QString());
        m_targetDate->setToolTip(tr("Press Delete to clear the date."));
        m_clearTarget->setToolTip(m_clearTarget->accessibleName());
        m_clearCompleted->setToolTip(m_clearCompleted->accessibleName());
    }
    m_evidence->setReadOnly(readOnly);
    m_evidence->setPlaceholderText(readOnly ? QString()
                                            : tr("Credential ID, link or note. Saved as you "
                                                 "type."));

    const QString detail = m_index.data(Model::MarkdownRole).toString();
    m_descriptionLabel->setVisible(true);
    m_description->setVisible(true);
    showDescription(detail.trimmed().isEmpty() ? tr("<p><i>The guide gives no description for this "
                                                    "requirement.</i></p>")
                                               : MarkdownRenderer::toHtml(detail));
}

void RequirementDetailPane::onModelDataChanged(const QModelIndex& topLeft,
                                               const QModelIndex& bottomRight)
{
    if (!m_index.isValid())
        return;
    const QModelIndex shown = m_index;
    if (topLeft.parent() != shown.parent() || shown.row() < topLeft.row() ||
        shown.row() > bottomRight.row())
        return;
    refresh();
}

void RequirementDetailPane::saveStatus()
{
    if (!m_model || !m_index.isValid() || m_model->isReadOnly())
        return;
    if (!m_model->setData(m_index, m_status->currentData(), RequirementChecklistModel::StatusRole))
        refresh();
}

void RequirementDetailPane::saveDates()
{
    m_dateTimer->stop();
    if (!m_model || !m_index.isValid() || m_model->isReadOnly() ||
        m_index.data(RequirementChecklistModel::IsGroupRole).toBool())
        return;
    bool ok = true;
    const std::pair<OptionalDateEdit*, int> fields[] = {
        {m_targetDate, RequirementChecklistModel::TargetDateColumn},
        {m_completedDate, RequirementChecklistModel::CompletedDateColumn}};
    for (const auto& [edit, column] : fields) {
        const QModelIndex cell = QModelIndex(m_index).siblingAtColumn(column);
        if (cell.data(Qt::EditRole).toDate() != edit->dateOrNull())
            ok = m_model->setData(cell, edit->dateOrNull(), Qt::EditRole) && ok;
    }
    if (!ok)
        refresh();
}

void RequirementDetailPane::saveEvidence()
{
    m_evidenceTimer->stop();
    if (!m_evidenceDirty)
        return;
    if (!m_model || !m_index.isValid() || m_model->isReadOnly()) {
        m_evidenceDirty = false;
        return;
    }
    m_evidenceDirty = false;
    const QString key = requirementKey();
    const Draft draft = DraftWriter::evidenceDraft(m_model->guideKeyOf(key), key,
                                                   m_index.data(Qt::DisplayRole).toString(),
                                                   m_evidence->toPlainText());
    QPointer<RequirementChecklistModel> model = m_model;
    const auto saved = m_drafts->save(draft, [model](const Draft& d) -> Result<void> {
        if (!model)
            return makeError(ErrorKind::Internal,
                             tr("The Requirements screen was closed before the evidence was "
                                "saved."));
        return model->setEvidence(d.itemKey, d.field(QStringLiteral("evidence")));
    });
    if (!saved.ok() && m_model)
        Q_EMIT m_model->saveFailed(saved.error());
}

void RequirementDetailPane::showDescription(const QString& html)
{
    if (html == m_descriptionHtml)
        return;
    m_descriptionHtml = html;
    m_description->setHtml(html);
}

QString RequirementDetailPane::evidenceDraftId() const
{
    if (!m_model || !m_index.isValid())
        return QString();
    return DraftWriter::evidenceDraft(m_model->guideKeyOf(requirementKey()), requirementKey(),
                                      QString(), QString())
        .id();
}

void RequirementDetailPane::openLink(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

bool RequirementDetailPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_evidence && event->type() == QEvent::FocusOut)
        saveEvidence();
    return QWidget::eventFilter(watched, event);
}

} // namespace ip
