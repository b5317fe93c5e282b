#include "StudyContext.h"

#include "services/GuideLibrary.h"
#include "storage/DataDirectory.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"
#include "storage/QuestionNoteRepository.h"
#include "storage/RequirementProgressRepository.h"
#include "storage/StoryRepository.h"

#include <QFile>

namespace ip {

const QString StudyContext::ShippedGuidePath = QStringLiteral(":/content/ml-engineer.md");

StudyContext::StudyContext(const QString& dataDirectory, const QString& guideFile)
{
    auto opened = Database::open(resolveDataDirectory(dataDirectory));
    if (opened.ok()) {
        m_database = std::move(opened.value());
        m_progress = std::make_unique<RequirementProgressRepository>(*m_database);
        m_notes = std::make_unique<QuestionNoteRepository>(*m_database);
        m_stories = std::make_unique<StoryRepository>(*m_database);
    } else {
        m_storageError = opened.error();
    }
    openGuide(guideFile);
}

StudyContext::~StudyContext() = default;

void StudyContext::openGuide(const QString& guideFile)
{
    std::optional<LibraryRepository> library;
    if (m_database)
        library.emplace(*m_database);
    const GuideLibrary guides(library ? &*library : nullptr);
    if (!guideFile.isEmpty()) {
        m_guide = guides.openFile(guideFile);
        return;
    }
    QFile shipped(ShippedGuidePath);
    shipped.open(QIODevice::ReadOnly);
    Guide guide = guides.open(shipped.readAll(), ShippedGuidePath);
    guide.fileName = QStringLiteral("ml-engineer.md");
    m_guide = std::move(guide);
}

} // namespace ip
