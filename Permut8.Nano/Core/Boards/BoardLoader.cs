namespace Permut8.Nano.Core.Boards
{
    /// <summary>Picks a board from the compiled-in catalog and refuses one that does not validate.</summary>
    public static class BoardLoader
    {
        /// <summary>The parsed, valid board `id`. Throws InvalidOperationException naming every problem (unknown
        /// id with the list of known ones, parse error, validator errors). Warnings are in `report`.</summary>
        public static BoardDefinition Load(string id, BoardReport report)
        {
            int index = BoardCatalog.IndexOf(id);
            if (index < 0)
            {
                string known = string.Empty;
                for (int i = 0; i < BoardCatalog.Count; i++) known += (i == 0 ? string.Empty : ", ") + BoardCatalog.Id(i);
                throw new System.InvalidOperationException("unknown board '" + id + "'; known: " + known);
            }
            BoardDefinition board = new BoardDefinition();
            string error = BoardText.TryParse(BoardCatalog.Text(index), board);
            if (error != null) throw new System.InvalidOperationException(BoardCatalog.FileName(index) + ": " + error);
            BoardReport found = BoardValidator.Validate(board);
            if (report != null)
            {
                for (int i = 0; i < found.Errors.Count; i++) report.Errors.Add(found.Errors[i]);
                for (int i = 0; i < found.Warnings.Count; i++) report.Warnings.Add(found.Warnings[i]);
            }
            if (!found.IsValid) throw new System.InvalidOperationException(BoardCatalog.FileName(index) + " is not valid:\n" + found.ToString());
            return board;
        }
    }
}
