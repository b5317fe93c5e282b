#pragma once

#include "ui/Screen.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;

namespace ip {

class RequirementChecklistModel;
class RequirementDetailPane;
class RequirementGapSummary;
class RequirementTreeView;
class StudyContext;

// The Requirements screen: the guide's requirements as a checklist tree with
// a filter, the overall progress line and the gap summary on the left, the
// selected requirement's details on the right. Every change is saved as it is
// made; when the database is unavailable everything is shown read-only.
class RequirementsScreen : public Screen {
    Q_OBJECT
public:
    explicit RequirementsScreen(StudyContext& context, QWidget* parent = nullptr);
    ~RequirementsScreen() override;

    static QString screenTitle();
    QString title() const override { return screenTitle(); }
    void focusFilter() override;
    void saveState(QSettings& settings) const override;
    void restoreState(QSettings& settings) override;
    void commitPendingEdits() override;

    // Reads the guide and the stored progress again (after the context opened
    // another guide, for example).
    void reload();
    // Selects the requirement in the tree, clearing the filter if it hides it.
    bool selectRequirement(const QString& requirementKey);
    // The selected requirement's key; empty when a group or nothing is selected.
    QString currentRequirementKey() const;

    RequirementChecklistModel* model() const { return m_model; }
    RequirementTreeView* tree() const { return m_tree; }
    RequirementDetailPane* detailPane() const { return m_detail; }
    RequirementGapSummary* gapSummary() const { return m_gaps; }
    QLineEdit* filterField() const { return m_filter; }
    // "Required 2 of 9 done · Recommended 1 of 8 · 3 of 20 overall"
    QString progressText() const;

protected:
    void showEvent(QShowEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    void buildLayout();
    void applyFilter(const QString& text);
    void onCurrentChanged(const QModelIndex& current);
    void refreshSummary();
    void selectFirstItem();

    StudyContext& m_context;
    RequirementChecklistModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_noRequirements = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_sideSplitter = nullptr;
    RequirementTreeView* m_tree = nullptr;
    RequirementDetailPane* m_detail = nullptr;
    RequirementGapSummary* m_gaps = nullptr;
};

} // namespace ip
