using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FireSafety.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EmailDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "EmailedAtUtc",
                table: "Notifications",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailOptOut",
                table: "AspNetUsers",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EmailedAtUtc",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EmailOptOut",
                table: "AspNetUsers");
        }
    }
}
