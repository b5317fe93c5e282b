// The backup reader (`restore`, and the restore validator behind it) on
// arbitrary bytes: a file a user picks may be anything. It must answer with a
// document or an InvalidInput/TooNew error, never crash, hang or leak; and a
// document it accepts must survive being written and read again unchanged,
// since that is what an export followed by a restore does.
#include "FuzzCheck.h"
#include "services/BackupDocument.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const ip::Result<ip::BackupDocument> document = ip::BackupDocument::fromJson(json);
    if (!document) {
        const ip::ErrorKind kind = document.error().kind;
        IP_FUZZ_REQUIRE(kind == ip::ErrorKind::InvalidInput || kind == ip::ErrorKind::TooNew,
                        "a bad backup is invalid input or too new");
        IP_FUZZ_REQUIRE(!document.error().message.isEmpty(), "a refusal says why");
        return 0;
    }
    const QByteArray written = document->toJson();
    const ip::Result<ip::BackupDocument> again = ip::BackupDocument::fromJson(written);
    IP_FUZZ_REQUIRE(bool(again), "what the app writes it reads back");
    IP_FUZZ_REQUIRE(again->toJson() == written, "export and restore round-trip");
    return 0;
}
