//go:build race

package main

// raceDetector is whether the tests run under the race detector, which
// multiplies a process's memory and slows it several times over.
const raceDetector = true
