// The guide parser on arbitrary bytes, as File › Open Guide… and `check` feed
// it: it must return (no crash, hang or leak) whatever the file holds, and
// what it returns must keep the promises the rest of the app relies on.
#include "FuzzCheck.h"
#include "content/GuideJson.h"
#include "content/GuideParser.h"

#include <QByteArray>
#include <QSet>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A copy, as QFile::read gives the parser: its own, terminated buffer.
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const ip::Guide guide = ip::GuideParser::parse(bytes, QStringLiteral("fuzz.md"));

    // Notes, progress and story links are stored under these keys, so two
    // items sharing one would share the candidate's work.
    QSet<QString> questionKeys;
    for (const ip::Question& question : guide.questions) {
        IP_FUZZ_REQUIRE(!question.key.isEmpty(), "every question has a key");
        questionKeys.insert(question.key);
    }
    IP_FUZZ_REQUIRE(questionKeys.size() == guide.questions.size(), "question keys are unique");
    QSet<QString> requirementKeys;
    qsizetype requirements = 0;
    for (const ip::RequirementGroup& group : guide.requirementGroups) {
        for (const ip::Requirement& item : group.items) {
            IP_FUZZ_REQUIRE(!item.key.isEmpty(), "every requirement has a key");
            requirementKeys.insert(item.key);
            ++requirements;
        }
    }
    IP_FUZZ_REQUIRE(requirementKeys.size() == requirements, "requirement keys are unique");
    IP_FUZZ_REQUIRE(!guide.title.isEmpty() && !guide.key.isEmpty(), "a guide has a title and key");

    // The library reopens an unchanged guide from its JSON snapshot; the
    // snapshot must give back the same guide.
    const QJsonObject json = ip::GuideJson::toJson(guide);
    IP_FUZZ_REQUIRE(ip::GuideJson::toJson(ip::GuideJson::fromJson(json)) == json,
                    "the snapshot round-trips");
    return 0;
}
