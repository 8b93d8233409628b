// An animation file being written, one frame at a time: the interface the animated GIF
// (GifWriter, giflib) and the video (VideoWriter, FFmpeg's libavformat/libavcodec) share, so the
// AnimationExporter does not care which one it feeds. Encoding is a file format, not maths: it
// lives in the app, never in core.
//
// Every frame has the size given to open(); the file is written under a temporary name beside
// the target and renamed over it by finish(), so a failed or cancelled export (or a full disk)
// leaves any previous file of that name intact.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <array>
#include <memory>

namespace rnnlab {

enum class AnimationFormat { Gif, Mp4, WebM };

// The name table: the file extension of each format.
inline constexpr std::array<std::pair<AnimationFormat, const char *>, 3> animationFormatNames { {
    { AnimationFormat::Gif, "gif" },
    { AnimationFormat::Mp4, "mp4" },
    { AnimationFormat::WebM, "webm" },
} };
const char *animationFormatName(AnimationFormat format);
// The format of a file name's extension (case-insensitive); false when it is none of them.
bool animationFormatOf(const QString &file, AnimationFormat *format);

class FrameWriter
{
public:
    virtual ~FrameWriter() = default;
    // Adds one frame (converted and, if it differs, scaled to the size of open()).
    virtual bool addFrame(const QImage &frame) = 0;
    // Flushes, closes and renames the temporary file to the target; false on any error.
    virtual bool finish() = 0;
    // The last error, for the user: what and where.
    QString error() const { return m_error; }
    int frames() const { return m_frames; }

    // Opens the writer for `file`'s format (by extension); null and `error` set on failure.
    // Video sizes must be even (H.264 and VP9 work on 2 x 2 blocks of colour).
    static std::unique_ptr<FrameWriter> open(const QString &file, QSize size,
                                             double framesPerSecond, QString *error);

protected:
    QString m_error;
    int m_frames = 0;
};

// The temporary name written before the rename (same folder, so the rename is atomic).
QString temporaryPathFor(const QString &file);
// Renames `temporary` over `file` (atomic on POSIX); false and a message on failure.
bool replaceFile(const QString &temporary, const QString &file, QString *error);

} // namespace rnnlab
