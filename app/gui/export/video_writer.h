// MP4 (H.264 through libx264, else MPEG-4 part 2) or WebM (VP9, else VP8) through FFmpeg's
// libavformat, libavcodec and libswscale as Debian ships them: frames are converted from RGB to
// YUV 4:2:0, encoded at a constant frame rate and muxed; the encoder the container prefers is
// used when Debian's libavcodec has it, else the next one named above.
#pragma once

#include "export/frame_writer.h"

struct AVCodecContext;
struct AVFormatContext;
struct AVFrame;
struct AVPacket;
struct AVStream;
struct SwsContext;

namespace rnnlab {

class VideoWriter : public FrameWriter
{
public:
    VideoWriter(const QString &file, AnimationFormat format, QSize size, double framesPerSecond);
    ~VideoWriter() override;
    bool isOpen() const { return m_open; }
    bool addFrame(const QImage &frame) override;
    bool finish() override;
    QString codecName() const { return m_codecName; }

private:
    bool fail(const QString &what, int code = 0);
    bool drain(const AVFrame *frame); // sends a frame (null: flush) and writes the packets
    void release();

    QString m_file;
    QString m_temporary;
    QSize m_size;
    QString m_codecName;
    bool m_open = false;
    bool m_headerWritten = false;
    AVFormatContext *m_format = nullptr;
    AVCodecContext *m_codec = nullptr;
    AVStream *m_stream = nullptr;
    AVFrame *m_frame = nullptr;
    AVPacket *m_packet = nullptr;
    SwsContext *m_scale = nullptr;
};

} // namespace rnnlab
