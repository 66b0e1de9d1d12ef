Console.Error.WriteLine("usage: extract <file-or-folder>");
return 2;
