#pragma once

#include "services/StudySheet.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

class StudyData;

// Study sheets (StudySheet) of the guides in the candidate's library, read
// from the data folder and written to files: one guide's sheet to a file, or
// the whole library as a folder of them. The PDF is StudySheetDocument's.
class StudySheetExporter {
    Q_DECLARE_TR_FUNCTIONS(StudySheetExporter)

public:
    // The candidate's work on the library's guides (their stored snapshots,
    // in key order): every guide when `guideKey` is empty, otherwise that
    // one. An unknown key is NotFound naming the keys the library holds (an
    // empty library is NotFound too); a snapshot that no longer reads as a
    // guide is Corrupt naming it, also when another guide was asked for
    // all of them.
    static Result<QList<GuideWork>> load(StudyData& data, const QString& guideKey = {});

    // The candidate's work on a guide the caller holds (the window's open
    // guide): progress, notes and bookmarks, practice schedules (read as
    // PracticeService::schedulesForGuide() gives them: stale ones are first
    // derived again from the review log, as every reader of them does).
    static Result<GuideWork> workOn(StudyData& data, const Guide& guide);

    // The sheet to `path`, whole or not at all (OutputFile).
    static Result<void> writeMarkdown(const QString& path, const GuideWork& work);

    // One StudySheet::fileName() per guide in `folder`, which is created
    // when missing. Every target is checked before the first is written,
    // and each file is written whole or not at all, so a failure leaves
    // complete files only (those before it). Returns the paths written, in
    // the order of `works`.
    static Result<QStringList> writeFolder(const QString& folder, const QList<GuideWork>& works);
};

} // namespace ip
