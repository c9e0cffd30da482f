# Throughline: build a static binary, run it as non-root in a minimal image.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/throughline ./cmd/server \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/throughline /throughline
# The database lives in /data, owned by the non-root user (65532).
COPY --from=build --chown=65532:65532 /out/data /data
ENV THROUGHLINE_ADDR=:8080 \
    THROUGHLINE_DB=/data/throughline.db
VOLUME /data
EXPOSE 8080
USER 65532:65532
# The binary probes itself: the image has no shell or curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["/throughline", "healthcheck"]
ENTRYPOINT ["/throughline"]
CMD ["serve"]
