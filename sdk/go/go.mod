module github.com/limner/limner-go

go 1.19
