#pragma once

#include "model/Guide.h"
#include "model/QuestionRef.h"
#include "model/RequirementProgress.h"
#include "services/RequirementProgressSummary.h"
#include "util/Result.h"

#include <QAbstractItemModel>
#include <QHash>

namespace ip {

class RequirementProgressService;

// The guide's requirement groups as a two-level tree: a row per group, its
// items as children. Every edit is written through the repository before the
// model changes; a failed write leaves the model as it was and emits
// saveFailed. Without a repository the model is read-only.
//
// Group rows show the group's name and, in the Status column, "2 of 5 done"
// (Not applicable items are left out of the total).
//
// The check box in the Requirement column means Done. Checking it sets the
// status to Done and fills the completion date with today when it is empty.
// Unchecking gives back the status the item had before it was checked in this
// session, or In progress when it was already done when the guide was loaded
// (something that was marked done has usually been worked on). Whenever the
// status leaves Done the completion date is cleared, since a date of
// completion on an item that is not done would be read as done.
class RequirementChecklistModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, TargetDateColumn, CompletedDateColumn, ColumnCount };

    // What a row is, beyond what it shows. They live on the Title column (and
    // IsGroupRole on every column), so a change announces only that cell.
    // StatusRole and EvidenceRole can be set there; Qt::EditRole sets the
    // Status column (an int RequirementStatus) and the date columns (a QDate,
    // null for none); Qt::CheckStateRole on the Title column means Done.
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString, empty on group rows
        IsGroupRole,                // bool
        LevelRole,                  // QString level word, empty for none
        TierRole,                   // int RequirementTier
        GroupNameRole,              // QString, on group and item rows
        MarkdownRole,               // QString: an item's detail, a group's note
        StatusRole,                 // int RequirementStatus
        EvidenceRole,               // QString
    };

    explicit RequirementChecklistModel(QObject* parent = nullptr);
    ~RequirementChecklistModel() override;

    // Shows the guide's requirements with the progress stored for them.
    // repository may be null (no database): everything is then read-only.
    // When reading the progress fails the items are shown as not started,
    // read-only, and the error is returned.
    // readOnly: the progress is read but not written (a damaged database
    // shown as it is).
    Result<void> load(const Guide& guide, RequirementProgressService* progress,
                      bool readOnly = false);

    bool isReadOnly() const { return m_repository == nullptr || m_readOnly; }
    // The guide a requirement's progress is kept under (All guides shows
    // many).
    QString guideKeyOf(const QString& requirementKey) const
    {
        return m_combined ? QuestionRef::guideKeyOfItem(requirementKey) : m_guideKey;
    }
    const QList<RequirementGroup>& groups() const { return m_groups; }
    const RequirementProgressByKey& progress() const { return m_progress; }
    // The stored progress, or a Not started entry when there is none.
    RequirementProgress progressFor(const QString& requirementKey) const;
    // Invalid when no item has this key.
    QModelIndex indexForKey(const QString& requirementKey, int column = TitleColumn) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // The evidence typed for an item, as the draft keeper saves it: the
    // error is returned, not signalled, since the keeper reports it.
    Result<void> setEvidence(const QString& requirementKey, const QString& evidence);
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusName(RequirementStatus status);
    // "Required", "Nice to have": the level word as a label.
    static QString levelLabel(const QString& level);

Q_SIGNALS:
    // An item's progress was stored (after dataChanged).
    void progressChanged(const QString& requirementKey);
    // A write failed; the model is unchanged.
    void saveFailed(const ip::Error& error);

private:
    const Requirement* requirementAt(const QModelIndex& index) const;
    QVariant groupData(int groupRow, int column, int role) const;
    QVariant itemData(int groupRow, const Requirement& item, int column, int role) const;
    bool store(const QModelIndex& index, RequirementProgress progress);
    Result<void> write(const QModelIndex& index, RequirementProgress progress);
    void emitChanged(const QModelIndex& index, const RequirementProgress& before,
                     const RequirementProgress& after, ProgressCount groupBefore);

    QString m_guideKey;
    bool m_combined = false;
    QList<RequirementGroup> m_groups;
    RequirementProgressByKey m_progress;
    // The status an item had before its check box was checked, so that
    // unchecking gives it back.
    QHash<QString, RequirementStatus> m_statusBeforeChecked;
    RequirementProgressService* m_repository = nullptr;
    bool m_readOnly = false;
};

} // namespace ip
