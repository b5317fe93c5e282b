#pragma once

#include "model/Guide.h"
#include "util/Result.h"

#include <memory>
#include <optional>

namespace ip {

class Database;
class QuestionNoteRepository;
class RequirementProgressRepository;
class StoryRepository;

// What the window studies from: the open guide and the user's database. The
// database may be missing (locked, corrupt, from a newer version): then the
// guide is still shown and storageError() says why nothing can be saved.
class StudyContext {
public:
    // The guide compiled into the program.
    static const QString ShippedGuidePath;

    // dataDirectory empty: the standard data folder. guideFile empty: the
    // shipped guide.
    StudyContext(const QString& dataDirectory, const QString& guideFile);
    ~StudyContext();
    StudyContext(const StudyContext&) = delete;
    StudyContext& operator=(const StudyContext&) = delete;

    const Guide& guide() const { return m_guide; }
    // Opens another guide in place of the current one.
    void openGuide(const QString& guideFile);

    bool hasStorage() const { return m_database != nullptr; }
    const std::optional<Error>& storageError() const { return m_storageError; }
    Database* database() const { return m_database.get(); }
    // Null without storage.
    RequirementProgressRepository* requirementProgress() const { return m_progress.get(); }
    QuestionNoteRepository* notes() const { return m_notes.get(); }
    StoryRepository* stories() const { return m_stories.get(); }

private:
    std::unique_ptr<Database> m_database;
    std::optional<Error> m_storageError;
    std::unique_ptr<RequirementProgressRepository> m_progress;
    std::unique_ptr<QuestionNoteRepository> m_notes;
    std::unique_ptr<StoryRepository> m_stories;
    Guide m_guide;
};

} // namespace ip
