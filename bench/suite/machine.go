package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// Machine is what the figures were measured on.
type Machine struct {
	Date   string `json:"date"`
	CPU    string `json:"cpu"`
	Cores  int    `json:"cores"`
	Memory string `json:"memory"`
	Kernel string `json:"kernel"`
	Go     string `json:"go"`
	Wrk    string `json:"wrk,omitempty"`
	Nginx  string `json:"nginx,omitempty"`
}

func (m Machine) String() string {
	return fmt.Sprintf("%s · %s · %d cores · %s · Linux %s · %s · %s · %s",
		m.Date, m.CPU, m.Cores, m.Memory, m.Kernel, m.Go, m.Wrk, m.Nginx)
}

func describeMachine(ctx context.Context) Machine {
	m := Machine{
		Date:   time.Now().UTC().Format(time.RFC3339),
		Cores:  runtime.NumCPU(),
		CPU:    procField("/proc/cpuinfo", "model name"),
		Memory: procField("/proc/meminfo", "MemTotal"),
		Go:     runtime.Version(),
	}
	m.Kernel = firstLine(ctx, "uname", "-r")
	m.Wrk = firstLine(ctx, "wrk", "--version")
	m.Nginx = firstLine(ctx, nginxPath(), "-v")
	return m
}

// procField reads "name : value" from a /proc file.
func procField(path, name string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		k, v, ok := strings.Cut(s.Text(), ":")
		if ok && strings.TrimSpace(k) == name {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// firstLine is a command's first line of output, from stdout or stderr
// (wrk and nginx print their versions to different ones).
func firstLine(ctx context.Context, name string, args ...string) string {
	out, _ := exec.CommandContext(ctx, name, args...).CombinedOutput()
	line, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
	return strings.TrimSpace(line)
}

func nginxPath() string {
	if p, err := exec.LookPath("nginx"); err == nil {
		return p
	}
	return "/usr/sbin/nginx"
}
