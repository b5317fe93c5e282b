#pragma once

#include "model/StarStory.h"
#include "services/StoryCheck.h"
#include "util/Result.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace ip {

class AutosaveTimer;
class DraftKeeper;
class StoryListModel;

// The title, tags and four STAR parts of one story. There is no Save button:
// the text is saved a short pause after typing, when a field loses focus,
// when another story is chosen and when the app quits. A save that fails
// goes to the draft keeper, which keeps it, journals it and tries again, so
// nothing typed is dropped.
class StoryEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int AutosaveDelayMs = 500;

    // Without a database (model->canEdit() false) every field is read-only and
    // unavailableReason says why.
    StoryEditor(StoryListModel* model, DraftKeeper* drafts, const QString& unavailableReason,
                QWidget* parent = nullptr);

    // Saves the story on screen if it changed, then shows this one; an empty
    // id shows nothing.
    void setStory(const QString& storyId);
    QString storyId() const { return m_storyId; }
    // Saves now if anything is waiting. Returns false when a save failed.
    bool commit();
    // Forgets what is waiting for a story about to be deleted, so no late
    // save brings it back.
    void discard(const QString& storyId);

    // The story as shown, typed text included (links as stored).
    StarStory draft() const;

    void focusField(StoryField field);
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QPlainTextEdit* partEdit(StoryField field) const;
    QString wordCountText(StoryField field) const;
    QString statusText() const;

    static QString placeholder(StoryField field);
    static QStringList parseTags(const QString& text);

Q_SIGNALS:
    // While typing, before the autosave, for the timing and the check.
    void draftChanged(const ip::StarStory& draft);
    void saveFailed(const ip::Error& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Part {
        StoryField field;
        QLabel* label = nullptr;
        QLabel* words = nullptr;
        QPlainTextEdit* edit = nullptr;
    };
    void addPart(StoryField field, const QString& label, QVBoxLayout* layout, int stretch);
    void onEdited();
    void updateWordCounts();
    void setStatus(const QString& text, bool isError = false);
    void load(const StarStory& story);

    static QString draftId(const QString& storyId);

    StoryListModel* m_model;
    DraftKeeper* m_drafts;
    QString m_storyId;
    bool m_dirty = false;
    bool m_loading = false;

    QLabel* m_status = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_tags = nullptr;
    QList<Part> m_parts;
    AutosaveTimer* m_autosave = nullptr;
};

} // namespace ip
