package web

import (
	"context"
	"net/http"
)

type snapshotKey struct{}

// snapshots gives each request one consistent view of the store, when the
// store offers snapshots: a re-ingest that commits during the request is
// seen by all of its reads or by none.
func (s *server) snapshots(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.snapshot == nil {
			next.ServeHTTP(w, r)
			return
		}
		view, release, err := s.snapshot(r.Context())
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		defer release()
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), snapshotKey{}, view)))
	})
}

// reader is the store as this request sees it.
func (s *server) reader(r *http.Request) Reader {
	if view, ok := r.Context().Value(snapshotKey{}).(Reader); ok {
		return view
	}
	return s.store
}
