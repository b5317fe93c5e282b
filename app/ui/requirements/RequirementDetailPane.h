#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QUrl;

namespace ip {

class AutosaveTimer;
class DraftKeeper;
class OptionalDateEdit;
class RequirementChecklistModel;

// The selected requirement in full: title, level, status, dates, evidence and
// its description rendered from Markdown. For a group it shows the group's
// progress and note. Every edit goes through the model, which saves it: the
// status at once, a date when its editor is left or after a short pause, the
// evidence after a pause in typing and when the field is left. There is no
// Save button. Evidence whose save failed stays with the draft keeper, which
// retries it and shows it again when its item is chosen.
class RequirementDetailPane : public QWidget {
    Q_OBJECT
public:
    // How long typing must pause before the evidence is saved.
    static constexpr int EvidenceSaveDelayMs = 500;
    static constexpr int DateSaveDelayMs = 700;

    explicit RequirementDetailPane(DraftKeeper* drafts, QWidget* parent = nullptr);
    ~RequirementDetailPane() override;

    void setModel(RequirementChecklistModel* model);
    // An index of the model (any column); invalid shows the empty state.
    void showIndex(const QModelIndex& index);
    QString requirementKey() const;

    // Saves typing still waiting for its pause.
    void commitPendingEdits();

    // Why the progress cannot be changed (the model is read-only): said in a
    // line above the fields and on each disabled field, so a greyed-out form
    // does not look broken.
    void setReadOnlyReason(const QString& reason);
    QString readOnlyNote() const;

    // Where Tab from the tree lands.
    QWidget* firstField() const;

private:
    void buildItemPage();
    void refresh();
    void refreshItem();
    void refreshGroup();
    void onModelDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void saveStatus();
    void saveDates();
    void saveEvidence();
    void openLink(const QUrl& url);
    bool eventFilter(QObject* watched, QEvent* event) override;
    QString evidenceDraftId() const;
    void showDescription(const QString& html);

    DraftKeeper* m_drafts;
    QPointer<RequirementChecklistModel> m_model;
    QPersistentModelIndex m_index; // column 0 of the row shown

    QStackedWidget* m_pages = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QString m_readOnlyReason;
    QWidget* m_form = nullptr;
    QComboBox* m_status = nullptr;
    OptionalDateEdit* m_targetDate = nullptr;
    OptionalDateEdit* m_completedDate = nullptr;
    QToolButton* m_clearTarget = nullptr;
    QToolButton* m_clearCompleted = nullptr;
    QPlainTextEdit* m_evidence = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QTextBrowser* m_description = nullptr;
    AutosaveTimer* m_evidenceTimer = nullptr;
    QTimer* m_dateTimer = nullptr;
    bool m_evidenceDirty = false;
    // What the description shows: an evidence save refreshes the pane, and
    // setting the same HTML again would scroll the description to the top.
    QString m_descriptionHtml;
};

} // namespace ip
