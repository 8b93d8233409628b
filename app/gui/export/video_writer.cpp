#include "export/video_writer.h"

#include <QCoreApplication>
#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/imgutils.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <cmath>
#include <vector>

namespace rnnlab {

namespace {

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

} // namespace

VideoWriter::VideoWriter(const QString &file, AnimationFormat format, QSize size,
                         double framesPerSecond)
    : m_file(file)
    , m_temporary(temporaryPathFor(file))
    , m_size(size)
{
    av_log_set_level(AV_LOG_ERROR); // no encoder statistics on the terminal
    const char *container = format == AnimationFormat::WebM ? "webm" : "mp4";
    const QByteArray path = QFile::encodeName(m_temporary);
    int code = avformat_alloc_output_context2(&m_format, nullptr, container, path.constData());
    if (code < 0 || !m_format) {
        fail(QCoreApplication::translate("rnnlab::VideoWriter", "no %1 writer").arg(container),
             code);
        return;
    }
    // The container's own choice first, then the others Debian's libavcodec may have.
    const std::vector<AVCodecID> candidates = format == AnimationFormat::WebM
        ? std::vector<AVCodecID> { AV_CODEC_ID_VP9, AV_CODEC_ID_VP8 }
        : std::vector<AVCodecID> { AV_CODEC_ID_H264, AV_CODEC_ID_MPEG4 };
    const AVCodec *encoder = nullptr;
    for (AVCodecID id : candidates)
        if ((encoder = avcodec_find_encoder(id)))
            break;
    if (!encoder) {
        fail(QCoreApplication::translate("rnnlab::VideoWriter", "no video encoder"));
        return;
    }
    m_codecName = QString::fromUtf8(encoder->name);
    m_stream = avformat_new_stream(m_format, nullptr);
    m_codec = avcodec_alloc_context3(encoder);
    if (!m_stream || !m_codec) {
        fail(QCoreApplication::translate("rnnlab::VideoWriter", "out of memory"));
        return;
    }
    // A rational frame rate: 1/1000 s precision is plenty (8 fps = 8000/1000).
    const AVRational rate { static_cast<int>(std::lround(std::max(framesPerSecond, 0.1) * 1000)),
                            1000 };
    m_codec->width = size.width();
    m_codec->height = size.height();
    m_codec->pix_fmt = AV_PIX_FMT_YUV420P;
    m_codec->framerate = rate;
    m_codec->time_base = av_inv_q(rate);
    m_codec->gop_size = 12;
    m_codec->max_b_frames = 0;
    if (encoder->id == AV_CODEC_ID_H264) {
        av_opt_set(m_codec->priv_data, "preset", "medium", 0);
        av_opt_set(m_codec->priv_data, "crf", "20", 0);
    } else if (encoder->id == AV_CODEC_ID_VP9 || encoder->id == AV_CODEC_ID_VP8) {
        av_opt_set(m_codec->priv_data, "crf", "24", 0);
        av_opt_set(m_codec->priv_data, "deadline", "good", 0);
        av_opt_set_int(m_codec->priv_data, "cpu-used", 4, 0);
        m_codec->bit_rate = 0;
    } else {
        m_codec->bit_rate = static_cast<int64_t>(size.width()) * size.height() * 6;
    }
    if (m_format->oformat->flags & AVFMT_GLOBALHEADER)
        m_codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if ((code = avcodec_open2(m_codec, encoder, nullptr)) < 0) {
        fail(QCoreApplication::translate("rnnlab::VideoWriter", "cannot start the %1 encoder")
                 .arg(m_codecName),
             code);
        return;
    }
    m_stream->time_base = m_codec->time_base;
    m_stream->avg_frame_rate = rate;
    if ((code = avcodec_parameters_from_context(m_stream->codecpar, m_codec)) < 0) {
        fail(QCoreApplication::translate("rnnlab::VideoWriter", "cannot set up the stream"), code);
        return;
    }
    if ((code = avio_open(&m_format->pb, path.constData(), AVIO_FLAG_WRITE)) < 0) {
        fail(QCoreApplication::translate("rnnlab::VideoWriter", "cannot create the file"), code);
        return;
    }
    if ((code = avformat_write_header(m_format, nullptr)) < 0) {
        fail(QCoreApplication::translate("rnnlab::VideoWriter", "cannot write the header"), code);
        return;
    }
    m_headerWritten = true;
    m_frame = av_frame_alloc();
    m_packet = av_packet_alloc();
    if (!m_frame || !m_packet) {
        fail(QCoreApplication::translate("rnnlab::VideoWriter", "out of memory"));
        return;
    }
    m_frame->format = AV_PIX_FMT_YUV420P;
    m_frame->width = size.width();
    m_frame->height = size.height();
    if ((code = av_frame_get_buffer(m_frame, 0)) < 0) {
        fail(QCoreApplication::translate("rnnlab::VideoWriter", "out of memory"), code);
        return;
    }
    m_scale
        = sws_getContext(size.width(), size.height(), AV_PIX_FMT_RGB24, size.width(), size.height(),
                         AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr, nullptr);
    if (!m_scale) {
        fail(QCoreApplication::translate("rnnlab::VideoWriter", "cannot convert the colours"));
        return;
    }
    m_open = true;
}

VideoWriter::~VideoWriter()
{
    const bool unfinished = m_open;
    release();
    if (unfinished)
        QFile::remove(m_temporary);
}

void VideoWriter::release()
{
    m_open = false;
    sws_freeContext(m_scale);
    m_scale = nullptr;
    av_packet_free(&m_packet);
    av_frame_free(&m_frame);
    avcodec_free_context(&m_codec);
    if (m_format) {
        if (m_format->pb)
            avio_closep(&m_format->pb);
        avformat_free_context(m_format);
        m_format = nullptr;
    }
    m_stream = nullptr;
}

bool VideoWriter::fail(const QString &what, int code)
{
    m_error = code < 0
        ? QCoreApplication::translate("rnnlab::VideoWriter", "%1: %2 (%3).")
              .arg(m_file, what, avError(code))
        : QCoreApplication::translate("rnnlab::VideoWriter", "%1: %2.").arg(m_file, what);
    release();
    QFile::remove(m_temporary);
    return false;
}

bool VideoWriter::drain(const AVFrame *frame)
{
    int code = avcodec_send_frame(m_codec, frame);
    if (code < 0)
        return fail(QCoreApplication::translate("rnnlab::VideoWriter", "cannot encode frame %1")
                        .arg(m_frames + 1),
                    code);
    while ((code = avcodec_receive_packet(m_codec, m_packet)) >= 0) {
        av_packet_rescale_ts(m_packet, m_codec->time_base, m_stream->time_base);
        m_packet->stream_index = m_stream->index;
        code = av_interleaved_write_frame(m_format, m_packet);
        av_packet_unref(m_packet);
        if (code < 0)
            return fail(QCoreApplication::translate("rnnlab::VideoWriter", "cannot write the file"),
                        code);
    }
    if (code != AVERROR(EAGAIN) && code != AVERROR_EOF)
        return fail(QCoreApplication::translate("rnnlab::VideoWriter", "cannot encode frame %1")
                        .arg(m_frames + 1),
                    code);
    return true;
}

bool VideoWriter::addFrame(const QImage &frame)
{
    if (!m_open)
        return false;
    const QImage rgb = (frame.size() == m_size
                            ? frame
                            : frame.scaled(m_size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation))
                           .convertToFormat(QImage::Format_RGB888);
    int code = av_frame_make_writable(m_frame);
    if (code < 0)
        return fail(QCoreApplication::translate("rnnlab::VideoWriter", "out of memory"), code);
    const uint8_t *source[] = { rgb.constBits() };
    const int stride[] = { static_cast<int>(rgb.bytesPerLine()) };
    sws_scale(m_scale, source, stride, 0, m_size.height(), m_frame->data, m_frame->linesize);
    m_frame->pts = m_frames;
    if (!drain(m_frame))
        return false;
    ++m_frames;
    return true;
}

bool VideoWriter::finish()
{
    if (!m_open)
        return false;
    if (!drain(nullptr))
        return false;
    const int code = av_write_trailer(m_format);
    if (code < 0)
        return fail(QCoreApplication::translate("rnnlab::VideoWriter", "cannot finish the file"),
                    code);
    release();
    return replaceFile(m_temporary, m_file, &m_error);
}

} // namespace rnnlab
